package io.zhengtong.mailbox.web;

import static io.zhengtong.mailbox.web.Letters.DISPATCHER;
import static io.zhengtong.mailbox.web.Letters.EDUCATION_CLERK;
import static io.zhengtong.mailbox.web.Letters.HOUSING_CLERK;
import static io.zhengtong.mailbox.web.Letters.SUPERVISOR;
import static io.zhengtong.mailbox.web.Letters.history;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/**
 * Duplicate letters are flagged when they come in, the dispatcher sees the look-alikes and merges
 * one into its original by tracking code; answered letters are closed by the dispatcher or a
 * supervisor. Wrong roles and other units' clerks are refused.
 */
class DuplicatesMergeAndCloseIT extends MailboxFixture {

    List<Map<String, Object>> duplicatesOf(String user, String id) {
        ResponseEntity<java.util.List> answer = api.getList(user, "/api/mailbox/letters/{id}/duplicates", id);
        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        return answer.getBody();
    }

    @Test
    void aSecondLetterFromTheSamePhoneOrWithTheSameTextIsMarkedAsSuspectedDuplicateOfTheFirst() {
        String phone = Letters.freshPhone();
        String topic = UUID.randomUUID().toString();
        Map<String, String> first = letters.write("petition", "路灯不亮 " + topic, "凤州镇东街路灯已坏一周。", phone);
        Map<String, String> samePhone = letters.write("petition", "另一件事 " + topic, "门前道路破损。", phone);
        // Same words, other spacing and full-width punctuation, no phone at all.
        Map<String, String> sameText = letters.write("petition", "路灯不亮  " + topic, "凤州镇东街路灯已坏一周!", null);

        List<Map<String, Object>> work = api.workList(DISPATCHER, "/api/mailbox/letters?status=SUBMITTED");
        assertThat(work).filteredOn(l -> first.get("id").equals(l.get("id"))).extracting(l -> l.get("suspectedDuplicate"))
            .containsExactly(false);
        assertThat(work).filteredOn(l -> samePhone.get("id").equals(l.get("id")))
            .extracting(l -> l.get("suspectedDuplicate")).containsExactly(true);
        assertThat(letters.detail(DISPATCHER, sameText.get("id"))).containsEntry("suspectedDuplicate", true);

        assertThat(duplicatesOf(DISPATCHER, samePhone.get("id"))).extracting(d -> d.get("id"), d -> d.get("reasons"))
            .containsExactly(org.assertj.core.groups.Tuple.tuple(first.get("id"), List.of("SAME_PHONE")));
        assertThat(duplicatesOf(DISPATCHER, sameText.get("id"))).extracting(d -> d.get("id"), d -> d.get("reasonLabels"))
            .containsExactly(org.assertj.core.groups.Tuple.tuple(first.get("id"), List.of("标题和内容相同")));
        // Looking from the first letter, both later ones show, newest first.
        assertThat(duplicatesOf(DISPATCHER, first.get("id"))).extracting(d -> d.get("id"))
            .containsExactly(sameText.get("id"), samePhone.get("id"));

        // The phone is matched on a keyed hash: the clear number is nowhere in the fingerprint.
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM letter_fingerprint WHERE letter_id = ?", first.get("id"));
        assertThat(row.values()).extracting(String::valueOf).noneMatch(v -> v.contains(phone.substring(3)));
        assertThat((String) row.get("phone_hash")).matches("[0-9a-f]{64}");

        // Another unit's clerk cannot look at the duplicates of a letter that is not theirs.
        assertThat(api.get(EDUCATION_CLERK, "/api/mailbox/letters/{id}/duplicates", first.get("id")).getStatusCode().value())
            .isEqualTo(404);
    }

    @Test
    void theDispatcherMergesADuplicateIntoTheOriginalByItsTrackingCode() {
        String phone = Letters.freshPhone();
        Map<String, String> original = letters.write("petition", "噪音扰民 " + UUID.randomUUID(), "夜间施工噪音。", phone);
        Map<String, String> duplicate = letters.write("petition", "还是噪音 " + UUID.randomUUID(), "夜间施工仍在继续。", phone);
        letters.act(DISPATCHER, original.get("id"), "accept");
        long version = ((Number) letters.detail(DISPATCHER, duplicate.get("id")).get("version")).longValue();

        // A supervisor sees every letter but merging is the dispatcher's job.
        ResponseEntity<Map> bySupervisor = api.post(SUPERVISOR, "/api/mailbox/letters/{id}/merge",
                Map.of("version", version, "intoTrackingCode", original.get("code")), duplicate.get("id"));
        assertThat(bySupervisor.getStatusCode().value()).isEqualTo(403);
        assertThat(bySupervisor.getBody()).containsEntry("type", "urn:zhengtong:problem:letter-role-not-allowed");
        // A clerk of another unit does not even see a new letter.
        assertThat(api.post(HOUSING_CLERK, "/api/mailbox/letters/{id}/merge",
                Map.of("version", version, "intoTrackingCode", original.get("code")), duplicate.get("id"))
            .getStatusCode().value()).isEqualTo(404);
        // An original in another unit's mailbox is not found for this dispatcher.
        Map<String, String> countyHead = letters.write("county-head", "县长信箱 " + UUID.randomUUID(), "内容。", null);
        ResponseEntity<Map> otherUnit = api.post(DISPATCHER, "/api/mailbox/letters/{id}/merge",
                Map.of("version", version, "intoTrackingCode", countyHead.get("code")), duplicate.get("id"));
        assertThat(otherUnit.getStatusCode().value()).isEqualTo(422);
        assertThat(otherUnit.getBody()).containsEntry("type", "urn:zhengtong:problem:letter-merge-target-not-found");
        ResponseEntity<Map> noCode = api.post(DISPATCHER, "/api/mailbox/letters/{id}/merge", Map.of("version", version),
                duplicate.get("id"));
        assertThat(noCode.getStatusCode().value()).isEqualTo(400);
        assertThat(api.post(DISPATCHER, "/api/mailbox/letters/{id}/merge",
                Map.of("version", version - 1, "intoTrackingCode", original.get("code")), duplicate.get("id"))
            .getStatusCode().value()).isEqualTo(409);
        assertThat(letters.detail(DISPATCHER, duplicate.get("id"))).containsEntry("status", "SUBMITTED")
            .containsEntry("version", (int) version);

        Map<String, Object> merged = letters.act(DISPATCHER, duplicate.get("id"), "merge", "intoTrackingCode",
                original.get("code"), "remark", "同一来信人反映同一事项");
        assertThat(merged).containsEntry("status", "MERGED");
        assertThat(history(letters.detail(DISPATCHER, original.get("id")))).extracting(h -> h.get("action"))
            .contains("ABSORB_DUPLICATE");
        // A merged letter is done with: it is no longer offered as a duplicate.
        assertThat(duplicatesOf(DISPATCHER, original.get("id"))).extracting(d -> d.get("id"))
            .doesNotContain(duplicate.get("id"));
        // The citizen of the duplicate reads that it was merged.
        assertThat(api.track(duplicate.get("code"), duplicate.get("password")).getBody()).containsEntry("status", "MERGED");
    }

    @Test
    void anAnsweredLetterIsClosedByTheDispatcherOrASupervisorButNotByTheHandlingClerk() {
        Map<String, String> written = letters.write("petition", "办结 " + UUID.randomUUID(), "内容。", Letters.freshPhone());
        String id = written.get("id");
        long submitted = ((Number) letters.detail(DISPATCHER, id).get("version")).longValue();
        ResponseEntity<Map> tooEarly = api.post(DISPATCHER, "/api/mailbox/letters/{id}/close", Map.of("version", submitted), id);
        assertThat(tooEarly.getStatusCode().value()).isEqualTo(409);
        assertThat(tooEarly.getBody()).containsEntry("type", "urn:zhengtong:problem:letter-transition-not-allowed");

        letters.acceptAndHandOverToHousing(id);
        letters.answer(id);
        long answered = ((Number) letters.detail(DISPATCHER, id).get("version")).longValue();
        ResponseEntity<Map> byClerk = api.post(HOUSING_CLERK, "/api/mailbox/letters/{id}/close", Map.of("version", answered), id);
        assertThat(byClerk.getStatusCode().value()).isEqualTo(403);
        assertThat(api.post(EDUCATION_CLERK, "/api/mailbox/letters/{id}/close", Map.of("version", answered), id)
            .getStatusCode().value()).isEqualTo(404);
        assertThat(api.post(SUPERVISOR, "/api/mailbox/letters/{id}/close", Map.of(), id).getStatusCode().value())
            .isEqualTo(400);

        Map<String, Object> closed = letters.act(SUPERVISOR, id, "close", "remark", "来信人未评价，督查办结");
        assertThat(closed).containsEntry("status", "CLOSED");
        assertThat(history(closed)).last().satisfies(h -> {
            assertThat(h).containsEntry("action", "CLOSE").containsEntry("username", SUPERVISOR)
                .containsEntry("remark", "来信人未评价，督查办结");
        });
    }
}
