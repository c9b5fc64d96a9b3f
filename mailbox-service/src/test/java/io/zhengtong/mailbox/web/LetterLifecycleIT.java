package io.zhengtong.mailbox.web;

import static io.zhengtong.mailbox.web.Letters.DISPATCHER;
import static io.zhengtong.mailbox.web.Letters.EDUCATION_CLERK;
import static io.zhengtong.mailbox.web.Letters.HOUSING_CLERK;
import static io.zhengtong.mailbox.web.Letters.LEADER;
import static io.zhengtong.mailbox.web.Letters.SUPERVISOR;
import static io.zhengtong.platform.test.TopicRecords.header;
import static org.assertj.core.api.Assertions.assertThat;

import io.zhengtong.platform.test.InfrastructureInitializer;
import io.zhengtong.platform.test.TopicRecords;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A letter's whole life through HTTP with real Keycloak tokens: the citizen writes, the dispatcher
 * forwards, the leader instructs, the housing bureau handles and drafts, the dispatcher approves,
 * the citizen reads and rates; each step goes out on Kafka. Other units' clerks never reach it.
 */
class LetterLifecycleIT extends MailboxFixture {

    static final String PHONE = "13912345678";

    List<Map<String, Object>> list(String user) {
        return api.workList(user, "/api/mailbox/letters");
    }

    /** A staff step that must succeed; answers the new detail. */
    Map<String, Object> act(String user, String id, String step, Map<String, Object> body) {
        ResponseEntity<Map> answer = api.post(user, "/api/mailbox/letters/{id}/" + step, body, id);
        assertThat(answer.getStatusCode().value()).as(user + " " + step + ": " + answer.getBody()).isEqualTo(200);
        return answer.getBody();
    }

    static Map<String, Object> with(Map<String, Object> detail, Object... fields) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", detail.get("version"));
        for (int i = 0; i < fields.length; i += 2) {
            body.put((String) fields[i], fields[i + 1]);
        }
        return body;
    }

    static boolean listed(List<Map<String, Object>> lines, String id) {
        return lines.stream().anyMatch(l -> id.equals(l.get("id")));
    }

    /** Writes a letter to 信访局信箱; answers {id, code, password}. */
    Map<String, String> write(String subject) {
        Map<String, Object> form = new HashMap<>();
        form.put("mailbox", "petition");
        form.put("type", "COMPLAINT");
        form.put("subject", subject);
        form.put("content", "凤州镇老旧小区改造后排水不畅，雨天积水严重。");
        form.put("contactName", "李四");
        form.put("contactPhone", PHONE);
        form.put("contactEmail", "lisi@example.com");
        form.put("consentToPublish", false);
        form.put("anonymous", false);
        ResponseEntity<Map> receipt = api.submitLetter(form);
        assertThat(receipt.getStatusCode().value()).isEqualTo(201);
        String code = (String) receipt.getBody().get("trackingCode");
        String id = list(DISPATCHER).stream().filter(l -> code.equals(l.get("trackingCode"))).map(l -> (String) l.get("id"))
            .findFirst().orElseThrow();
        return Map.of("id", id, "code", code, "password", (String) receipt.getBody().get("queryPassword"));
    }

    @Test
    void aLetterGoesFromTheCitizenThroughDispatcherLeaderAndHousingBureauBackToTheCitizenWhoRatesIt() {
        Map<String, String> written = write("小区排水不畅 " + UUID.randomUUID());
        String id = written.get("id");

        Map<String, Object> letter = api.get(DISPATCHER, "/api/mailbox/letters/{id}", id).getBody();
        letter = act(DISPATCHER, id, "accept", with(letter));
        assertThat(letter).containsEntry("status", "ACCEPTED");
        assertThat(listed(list(DISPATCHER), id)).as("an accepted letter waits for the dispatcher to forward it").isTrue();
        letter = act(DISPATCHER, id, "forward", with(letter, "leader", LEADER, "leaderName", "刘洋", "remark", "涉及住建，请领导批示"));
        assertThat(letter).containsEntry("status", "FORWARDED_TO_LEADER").containsEntry("designatedLeader", LEADER)
            .containsEntry("designatedLeaderName", "刘洋");

        // The leader finds it in their work list; the housing clerk cannot reach it yet.
        assertThat(listed(list(LEADER), id)).isTrue();
        assertThat(api.get(HOUSING_CLERK, "/api/mailbox/letters/{id}", id).getStatusCode().value()).isEqualTo(404);
        ResponseEntity<Map> dispatcherInstructs = api.post(DISPATCHER, "/api/mailbox/letters/{id}/instruct",
                with(letter, "instruction", "请住建局办理", "leadUnit", "housing"), id);
        assertThat(dispatcherInstructs.getStatusCode().value()).isEqualTo(403);

        ResponseEntity<Map> unknownUnit = api.post(LEADER, "/api/mailbox/letters/{id}/instruct",
                with(letter, "instruction", "请办理", "leadUnit", "no-such-bureau"), id);
        assertThat(unknownUnit.getStatusCode().value()).isEqualTo(422);
        assertThat(unknownUnit.getBody()).containsEntry("type", "urn:zhengtong:problem:letter-unit-unknown");
        assertThat(api.get(LEADER, "/api/mailbox/letters/{id}", id).getBody()).containsEntry("status", "FORWARDED_TO_LEADER")
            .containsEntry("version", letter.get("version"));

        letter = act(LEADER, id, "instruct", with(letter, "instruction", "请住建局牵头，三日内核实并答复群众。", "leadUnit", "housing"));
        assertThat(letter).containsEntry("status", "ASSIGNED").containsEntry("leadUnit", "housing")
            .containsEntry("instruction", "请住建局牵头，三日内核实并答复群众。");

        // The housing bureau signs for it and drafts the reply; a clerk may not approve a reply.
        assertThat(listed(list(HOUSING_CLERK), id)).isTrue();
        letter = act(HOUSING_CLERK, id, "sign-for", with(api.get(HOUSING_CLERK, "/api/mailbox/letters/{id}", id).getBody()));
        assertThat(letter).containsEntry("status", "IN_PROGRESS");
        String reply = "您好，经现场核实，已安排施工队于本周疏通排水管道。感谢您的监督。";
        letter = act(HOUSING_CLERK, id, "reply", with(letter, "text", reply));
        assertThat(letter).containsEntry("status", "REPLY_IN_REVIEW").containsEntry("reply", reply)
            .containsEntry("replyDraftedBy", HOUSING_CLERK).containsEntry("replyDraftedByName", "赵磊");
        ResponseEntity<Map> selfApproval = api.post(HOUSING_CLERK, "/api/mailbox/letters/{id}/reply-approve", with(letter), id);
        assertThat(selfApproval.getStatusCode().value()).isEqualTo(403);
        assertThat(selfApproval.getBody()).containsEntry("type", "urn:zhengtong:problem:letter-role-not-allowed");

        // Under review the citizen does not see the draft yet.
        assertThat(api.track(written.get("code"), written.get("password")).getBody())
            .containsEntry("status", "REPLY_IN_REVIEW").containsEntry("reply", null);

        // The housing bureau has no leader among the demo users: the mailbox's dispatcher reviews.
        assertThat(listed(list(DISPATCHER), id)).as("a reply in review waits for the dispatcher").isTrue();
        letter = act(DISPATCHER, id, "reply-approve", with(api.get(DISPATCHER, "/api/mailbox/letters/{id}", id).getBody(),
                "remark", "同意答复"));
        assertThat(letter).containsEntry("status", "ANSWERED");

        Map<String, Object> page = api.track(written.get("code"), written.get("password")).getBody();
        assertThat(page).containsEntry("status", "ANSWERED").containsEntry("reply", reply).containsEntry("mayRate", true)
            .containsEntry("handlingUnit", "housing");
        ResponseEntity<Map> rated = api.http().post().uri("/api/mailbox/public/letters/{code}/rating", written.get("code"))
            .header("X-Query-Password", written.get("password")).contentType(MediaType.APPLICATION_JSON)
            .body(Map.of("rating", "SATISFIED", "remark", "处理及时")).retrieve().toEntity(Map.class);
        assertThat(rated.getStatusCode().value()).isEqualTo(200);
        assertThat(rated.getBody()).containsEntry("status", "CLOSED").containsEntry("ratingLabel", "满意")
            .containsEntry("mayRate", false);

        Map<String, Object> closed = api.get(DISPATCHER, "/api/mailbox/letters/{id}", id).getBody();
        assertThat(closed).containsEntry("status", "CLOSED").containsEntry("rating", "SATISFIED");
        assertThat((List<Map<String, Object>>) closed.get("history")).extracting(h -> h.get("username")).containsExactly(
                null, DISPATCHER, DISPATCHER, LEADER, HOUSING_CLERK, HOUSING_CLERK, DISPATCHER, null);

        // Each step went out on Kafka, in order, keyed by the letter, without the writer's personal data.
        List<ConsumerRecord<String, byte[]>> records = recordsWithKey(id, 8);
        assertThat(records).extracting(r -> header(r, "ce_type")).containsExactly(
                "zhengtong.mailbox.letter.submitted.v1", "zhengtong.mailbox.letter.accepted.v1",
                "zhengtong.mailbox.letter.forwarded.v1", "zhengtong.mailbox.letter.instructed.v1",
                "zhengtong.mailbox.letter.signed-for.v1", "zhengtong.mailbox.letter.reply-submitted.v1",
                "zhengtong.mailbox.letter.replied.v1", "zhengtong.mailbox.letter.rated.v1");
        JsonMapper json = JsonMapper.builder().build();
        JsonNode instructed = json.readTree(records.get(3).value());
        assertThat(header(records.get(3), "ce_source")).isEqualTo("/zhengtong/mailbox");
        assertThat(header(records.get(3), "ce_id")).isEqualTo(instructed.get("eventId").asString());
        assertThat(instructed.get("aggregateId").asString()).isEqualTo(id);
        assertThat(instructed.get("letter").get("letterId").asString()).isEqualTo(id);
        assertThat(instructed.get("letter").get("mailbox").asString()).isEqualTo("petition");
        assertThat(instructed.get("letter").get("mailboxUnit").asString()).isEqualTo("petition");
        assertThat(instructed.get("letter").get("letterType").asString()).isEqualTo("COMPLAINT");
        assertThat(instructed.get("letter").get("status").asString()).isEqualTo("ASSIGNED");
        assertThat(instructed.get("letter").get("leadUnit").asString()).isEqualTo("housing");
        assertThat(instructed.get("letter").get("dueDate").asString()).isEqualTo(letter.get("dueDate"));
        assertThat(instructed.get("by").get("username").asString()).isEqualTo(LEADER);
        assertThat(json.readTree(records.get(7).value()).get("rating").asString()).isEqualTo("SATISFIED");
        assertThat(records).allSatisfy(r -> assertThat(new String(r.value(), StandardCharsets.UTF_8))
            .doesNotContain(PHONE, "李四", "lisi@", "排水不畅", written.get("code").replace("-", "")));
    }

    @Test
    void aClerkOfAnotherUnitGetsNotFoundOnEveryStaffStep() {
        Map<String, String> written = write("另一单位不可见 " + UUID.randomUUID());
        String id = written.get("id");
        Map<String, Object> letter = api.get(DISPATCHER, "/api/mailbox/letters/{id}", id).getBody();
        letter = act(DISPATCHER, id, "accept", with(letter));
        letter = act(DISPATCHER, id, "assign", with(letter, "leadUnit", "housing"));
        letter = act(HOUSING_CLERK, id, "sign-for", with(letter));
        letter = act(HOUSING_CLERK, id, "extension-request", with(letter, "days", 3, "reason", "需协调供排水公司"));

        Map<String, Map<String, Object>> steps = Map.of(
                "instruct", with(letter, "instruction", "请教育局办理", "leadUnit", "education"),
                "sign-for", with(letter),
                "return", with(letter, "reason", "不属本单位职责"),
                "extension-request", with(letter, "days", 2, "reason", "理由"),
                "extension-grant", with(letter, "days", 1),
                "extension-refuse", with(letter, "reason", "理由"),
                "reply", with(letter, "text", "答复"),
                "reply-approve", with(letter),
                "reply-send-back", with(letter, "remark", "请修改"));
        steps.forEach((step, body) -> {
            ResponseEntity<Map> answer = api.post(EDUCATION_CLERK, "/api/mailbox/letters/{id}/" + step, body, id);
            assertThat(answer.getStatusCode().value()).as(step).isEqualTo(404);
            assertThat(answer.getBody()).as(step).containsEntry("type", "urn:zhengtong:problem:letter-not-found");
        });
        assertThat(listed(list(EDUCATION_CLERK), id)).isFalse();
        assertThat(api.get(DISPATCHER, "/api/mailbox/letters/{id}", id).getBody()).containsEntry("version", letter.get("version"))
            .containsEntry("status", "IN_PROGRESS");
        // Decided, so open requests do not pile up in the test schema's lists.
        act(DISPATCHER, id, "extension-refuse", with(letter, "reason", "测试结束"));
    }

    @Test
    void theDepartmentAsksForMoreDaysGetsSomeHasItsReplySentBackAndReturnsTheLetter() {
        Map<String, String> written = write("延期与退回 " + UUID.randomUUID());
        String id = written.get("id");
        Map<String, Object> letter = api.get(DISPATCHER, "/api/mailbox/letters/{id}", id).getBody();
        letter = act(DISPATCHER, id, "accept", with(letter));
        LocalDate due = LocalDate.parse((String) letter.get("dueDate"));
        letter = act(DISPATCHER, id, "assign", with(letter, "leadUnit", "housing"));
        letter = act(HOUSING_CLERK, id, "sign-for", with(letter));

        ResponseEntity<Map> noDays = api.post(HOUSING_CLERK, "/api/mailbox/letters/{id}/extension-request",
                with(letter, "reason", "需协调"), id);
        assertThat(noDays.getStatusCode().value()).isEqualTo(400);
        assertThat((List<Map<String, Object>>) noDays.getBody().get("errors")).extracting(e -> e.get("message"))
            .containsExactly("请填写延期天数");
        letter = act(HOUSING_CLERK, id, "extension-request", with(letter, "days", 3, "reason", "需协调供排水公司"));
        assertThat((Map<String, Object>) letter.get("extensionRequest")).containsEntry("workingDays", 3)
            .containsEntry("requestedBy", HOUSING_CLERK).containsEntry("requestedByName", "赵磊");

        // The open request is in the dispatcher's and the supervisor's lists; the dispatcher grants two days.
        assertThat(listed(list(DISPATCHER), id)).isTrue();
        assertThat(listed(list(SUPERVISOR), id)).isTrue();
        ResponseEntity<Map> clerkGrants = api.post(HOUSING_CLERK, "/api/mailbox/letters/{id}/extension-grant", with(letter), id);
        assertThat(clerkGrants.getStatusCode().value()).isEqualTo(403);
        letter = act(DISPATCHER, id, "extension-grant", with(letter, "days", 2, "remark", "同意延期2个工作日"));
        assertThat(LocalDate.parse((String) letter.get("dueDate"))).isAfter(due);
        assertThat(letter).containsEntry("extensionDays", 2).containsEntry("extensionRequest", null);

        // A second request is refused by the supervisor.
        letter = act(HOUSING_CLERK, id, "extension-request", with(letter, "days", 5, "reason", "仍需协调"));
        letter = act(SUPERVISOR, id, "extension-refuse", with(letter, "reason", "已延期一次，请抓紧办理"));
        assertThat(letter).containsEntry("extensionRequest", null).containsEntry("extensionDays", 2);
        ResponseEntity<Map> nothingToGrant = api.post(DISPATCHER, "/api/mailbox/letters/{id}/extension-grant", with(letter), id);
        assertThat(nothingToGrant.getStatusCode().value()).isEqualTo(409);

        // The dispatcher sends the draft back; the department then returns the letter and loses it.
        letter = act(HOUSING_CLERK, id, "reply", with(letter, "text", "已处理。"));
        ResponseEntity<Map> noRemark = api.post(DISPATCHER, "/api/mailbox/letters/{id}/reply-send-back", with(letter), id);
        assertThat(noRemark.getStatusCode().value()).isEqualTo(400);
        letter = act(DISPATCHER, id, "reply-send-back", with(letter, "remark", "请写明处理结果和时间"));
        assertThat(letter).containsEntry("status", "IN_PROGRESS");
        ResponseEntity<Map> stale = api.post(HOUSING_CLERK, "/api/mailbox/letters/{id}/return",
                Map.of("version", 0, "reason", "不属本局职责"), id);
        assertThat(stale.getStatusCode().value()).isEqualTo(409);
        assertThat(stale.getBody()).containsEntry("type", "urn:zhengtong:problem:letter-version-stale");
        letter = act(HOUSING_CLERK, id, "return", with(letter, "reason", "排水管网属供排水公司产权"));
        assertThat(letter).containsEntry("status", "RETURNED").containsEntry("leadUnit", null);
        assertThat(api.get(HOUSING_CLERK, "/api/mailbox/letters/{id}", id).getStatusCode().value()).isEqualTo(404);
        assertThat(listed(list(DISPATCHER), id)).isTrue();
    }

    private List<ConsumerRecord<String, byte[]>> recordsWithKey(String key, int expected) {
        return TopicRecords.read(kafka, InfrastructureInitializer.TEST_TOPIC_PREFIX + "mailbox.letters",
                record -> key.equals(record.key()), expected, Duration.ofSeconds(30));
    }

}
