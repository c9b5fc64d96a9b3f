package io.zhengtong.mailbox.web;

import static io.zhengtong.mailbox.web.Letters.DISPATCHER;
import static io.zhengtong.mailbox.web.Letters.EDUCATION_CLERK;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/**
 * The work list comes a page at a time, with its length, and a dispatcher on the phone with a
 * citizen finds the letter by the tracking code the citizen reads out (查询码).
 */
class WorkListPagingIT extends MailboxFixture {

    @Test
    void theDispatcherPagesThroughTheNewLettersNewestFirstAndSeesHowManyThereAre() {
        String topic = "分页" + System.nanoTime();
        Map<String, String> older = letters.write("petition", "路灯不亮" + topic, "凤州镇东街路灯已坏一周。", Letters.freshPhone());
        Map<String, String> newer = letters.write("petition", "道路破损" + topic, "凤州镇西街路面坑洼。", Letters.freshPhone());

        Map<String, Object> first = api.get(DISPATCHER, "/api/mailbox/letters?status=SUBMITTED&size=1").getBody();
        assertThat(first).containsEntry("page", 0).containsEntry("size", 1);
        assertThat(ids(first)).containsExactly(newer.get("id"));
        long total = ((Number) first.get("totalElements")).longValue();
        assertThat(total).isGreaterThanOrEqualTo(2);
        assertThat(first).containsEntry("totalPages", (int) total);

        Map<String, Object> second = api.get(DISPATCHER, "/api/mailbox/letters?status=SUBMITTED&size=1&page=1").getBody();
        assertThat(ids(second)).containsExactly(older.get("id"));
        assertThat(second).containsEntry("totalElements", first.get("totalElements"));

        Map<String, Object> beyond = api.get(DISPATCHER, "/api/mailbox/letters?status=SUBMITTED&page={page}", total).getBody();
        assertThat(ids(beyond)).isEmpty();
    }

    @Test
    void theDispatcherFindsALetterByItsTrackingCodeTypedAnyWay() {
        Map<String, String> letter = letters.write("petition", "噪音扰民" + System.nanoTime(), "夜间施工噪音很大。", Letters.freshPhone());
        String typed = letter.get("code").replace("-", " ").toLowerCase();

        Map<String, Object> found = api.get(DISPATCHER, "/api/mailbox/letters?q={q}", typed).getBody();
        assertThat(ids(found)).containsExactly(letter.get("id"));
        assertThat(found).containsEntry("totalElements", 1);
        assertThat(lines(found).getFirst()).containsEntry("contactName", "李**");

        // In another state than the one asked for, or in another unit's hands: not found.
        assertThat(ids(api.get(DISPATCHER, "/api/mailbox/letters?status=ACCEPTED&q={q}", typed).getBody())).isEmpty();
        assertThat(ids(api.get(EDUCATION_CLERK, "/api/mailbox/letters?q={q}", typed).getBody())).isEmpty();
    }

    @Test
    void aMistypedTrackingCodeOrPageIsAFieldErrorInChinese() {
        ResponseEntity<Map> lookalike = api.get(DISPATCHER, "/api/mailbox/letters?q={q}", "0000-1111-2222");
        assertThat(lookalike.getStatusCode().value()).isEqualTo(400);
        assertThat(fieldErrors(lookalike)).containsKey("q");
        assertThat(fieldErrors(lookalike).get("q")).contains("查询码");

        ResponseEntity<Map> tooBig = api.get(DISPATCHER, "/api/mailbox/letters?size=1000");
        assertThat(tooBig.getStatusCode().value()).isEqualTo(400);
        assertThat(fieldErrors(tooBig)).containsKey("size");
    }

    private static List<Map<String, Object>> lines(Map<String, Object> page) {
        return (List<Map<String, Object>>) page.get("content");
    }

    private static List<Object> ids(Map<String, Object> page) {
        return lines(page).stream().map(l -> l.get("id")).toList();
    }

    private static Map<String, String> fieldErrors(ResponseEntity<Map> answer) {
        return ((List<Map<String, String>>) answer.getBody().get("errors")).stream()
            .collect(java.util.stream.Collectors.toMap(e -> e.get("field"), e -> e.get("message"), (a, b) -> a));
    }
}
