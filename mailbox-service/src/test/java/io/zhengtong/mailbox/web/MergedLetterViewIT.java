package io.zhengtong.mailbox.web;

import static io.zhengtong.mailbox.web.Letters.DISPATCHER;
import static io.zhengtong.mailbox.web.Letters.HOUSING_CLERK;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * The writer of a letter merged as a duplicate follows, on their own letter's page, the letter on
 * the same matter it was merged with: its progress, handling unit, due date and, once released,
 * its reply; never that letter's tracking code, text or its writer's data. They do not rate.
 */
class MergedLetterViewIT extends MailboxFixture {

    @Test
    void theWriterOfAMergedDuplicateSeesTheOriginalsProgressAndThenItsReply() {
        String originalPhone = Letters.freshPhone();
        Map<String, String> original = letters.write("petition", "噪音扰民 " + UUID.randomUUID(), "夜间施工噪音。", originalPhone);
        Map<String, String> duplicate = letters.write("petition", "工地噪音 " + UUID.randomUUID(), "工地夜里还在施工。",
                Letters.freshPhone());
        letters.act(DISPATCHER, duplicate.get("id"), "merge", "intoTrackingCode", original.get("code"));

        Map<String, Object> waiting = track(duplicate);
        assertThat(waiting).containsEntry("status", "MERGED").containsEntry("statusLabel", "重复来信，已合并办理")
            .containsEntry("reply", null).containsEntry("mayRate", false);
        // A letter is due from the day it arrives, so the original's due date is known before anyone opens it.
        assertThat(mergedWith(waiting)).containsEntry("status", "SUBMITTED").containsEntry("statusLabel", "待受理")
            .containsEntry("handlingUnitName", null).containsEntry("dueDate", track(original).get("dueDate"))
            .containsEntry("reply", null);
        assertThat(mergedWith(waiting).get("dueDate")).isNotNull();

        letters.acceptAndHandOverToHousing(original.get("id"));
        Map<String, Object> handled = track(duplicate);
        Map<String, Object> originalView = track(original);
        assertThat(mergedWith(handled)).containsEntry("status", "IN_PROGRESS").containsEntry("handlingUnit", "housing")
            .containsEntry("handlingUnitName", originalView.get("handlingUnitName"))
            .containsEntry("dueDate", originalView.get("dueDate"))
            .containsEntry("dueDateExplanation", originalView.get("dueDateExplanation"));
        assertThat((String) mergedWith(handled).get("handlingUnitName")).isNotBlank();

        // A draft under review is not the citizen's yet, on either page.
        letters.act(HOUSING_CLERK, original.get("id"), "reply", "text", "李四您好：已责令工地夜间停工，联系电话" + originalPhone + "。");
        assertThat(mergedWith(track(duplicate))).containsEntry("status", "REPLY_IN_REVIEW").containsEntry("reply", null);
        letters.act(DISPATCHER, original.get("id"), "reply-approve");

        Map<String, Object> answered = track(duplicate);
        assertThat(mergedWith(answered)).containsEntry("status", "ANSWERED").containsEntry("statusLabel", "已答复");
        // The reply answers the same matter; the other writer's name and phone are masked in it.
        assertThat((String) mergedWith(answered).get("reply")).startsWith("李**您好：已责令工地夜间停工")
            .doesNotContain(originalPhone).contains(originalPhone.substring(0, 3) + "****" + originalPhone.substring(7));
        assertThat(mergedWith(answered).get("answeredAt")).isNotNull();
        // Nothing of the other letter that is its writer's, nor the way into it.
        assertThat(answered.toString()).doesNotContain(original.get("code"), original.get("password"), "夜间施工噪音", "噪音扰民");
        assertThat(answered).containsEntry("mayRate", false).containsEntry("mayReopen", false);

        // Rating is the original writer's: the duplicate's is refused, the original's accepted.
        assertThat(rate(duplicate).getStatusCode().value()).isEqualTo(409);
        assertThat(rate(original).getStatusCode().value()).isEqualTo(200);
    }

    @Test
    void aLetterThatWasNeverMergedHasNoMergedWith() {
        Map<String, String> letter = letters.write("petition", "路灯 " + UUID.randomUUID(), "路灯坏了。", Letters.freshPhone());

        assertThat(track(letter)).containsEntry("mergedWith", null).containsEntry("status", "SUBMITTED");
    }

    private ResponseEntity<Map> rate(Map<String, String> letter) {
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port).defaultStatusHandler(status -> true, (q, r) -> { })
            .build().post().uri("/api/mailbox/public/letters/{code}/rating", letter.get("code"))
            .header("X-Query-Password", letter.get("password")).contentType(MediaType.APPLICATION_JSON)
            .body(Map.of("rating", "SATISFIED")).retrieve().toEntity(Map.class);
    }

    private Map<String, Object> track(Map<String, String> letter) {
        ResponseEntity<Map> view = api.track(letter.get("code"), letter.get("password"));
        assertThat(view.getStatusCode().value()).isEqualTo(200);
        return view.getBody();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> mergedWith(Map<String, Object> view) {
        assertThat(view.get("mergedWith")).as("mergedWith of " + view.get("status")).isInstanceOf(Map.class);
        return (Map<String, Object>) view.get("mergedWith");
    }
}
