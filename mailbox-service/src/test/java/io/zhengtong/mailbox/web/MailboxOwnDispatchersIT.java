package io.zhengtong.mailbox.web;

import static io.zhengtong.platform.test.DemoAccounts.COUNTY_HEAD_MAILBOX_DISPATCHER;
import static io.zhengtong.platform.test.DemoAccounts.PETITION_MAILBOX_DISPATCHER;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/**
 * 县长信箱 has its own dispatcher, 林雪 of the government office: she finds its new letters and
 * accepts them, 王芳 (the petition bureau's dispatcher) never sees them. Once a letter is answered,
 * her detail offers 选登 (publish, then unpublish), nobody else's does. Real tokens, the real realm.
 */
class MailboxOwnDispatchersIT extends MailboxFixture {

    static final String LIN_XUE = COUNTY_HEAD_MAILBOX_DISPATCHER; // dispatcher, gov-office (owns 县长信箱)
    static final String WANG_FANG = PETITION_MAILBOX_DISPATCHER; // dispatcher, petition (owns 信访局信箱 only)
    static final String HOUSING_CLERK = "zhao.lei"; // staff, housing
    static final String SUPERVISOR = "chen.jing"; // supervisor, party-office

    @Test
    void linXueSeesAndAcceptsANewLetterToTheCountyHeadWangFangDoesNotSeeIt() {
        String id = write("县长信箱新来信 " + UUID.randomUUID());

        assertThat(idsInWorkList(LIN_XUE)).contains(id);
        assertThat(allowed(LIN_XUE, id)).containsExactly("accept", "reject", "merge");
        assertThat(idsInWorkList(WANG_FANG)).doesNotContain(id);
        assertThat(api.get(WANG_FANG, "/api/mailbox/letters/{id}", id).getStatusCode().value()).isEqualTo(404);

        Map<String, Object> accepted = act(LIN_XUE, id, "accept", Map.of());
        assertThat(accepted).containsEntry("status", "ACCEPTED");
        assertThat(accepted.get("dueDate")).isNotNull();
        assertThat((List<Map<String, Object>>) accepted.get("history")).last()
            .satisfies(line -> assertThat(line).containsEntry("username", LIN_XUE).containsEntry("name", "林雪"));
    }

    @Test
    void theMailboxsDispatcherIsOfferedPublishThenUnpublishOthersNeither() {
        String id = write("选登按钮 " + UUID.randomUUID());
        act(LIN_XUE, id, "accept", Map.of());
        act(LIN_XUE, id, "assign", Map.of("leadUnit", "housing"));
        assertThat(allowed(LIN_XUE, id)).doesNotContain("publish", "unpublish");
        act(HOUSING_CLERK, id, "sign-for", Map.of());
        act(HOUSING_CLERK, id, "reply", Map.of("text", "您好，路灯已修复。"));
        assertThat(act(LIN_XUE, id, "reply-approve", Map.of())).containsEntry("status", "ANSWERED")
            .satisfies(answered -> assertThat((List<String>) answered.get("allowedActions")).contains("publish"));

        assertThat(allowed(LIN_XUE, id)).containsExactly("close", "publish");
        for (String other : List.of(HOUSING_CLERK, SUPERVISOR)) {
            assertThat(allowed(other, id)).as(other).doesNotContain("publish", "unpublish");
            assertThat(api.post(other, "/api/mailbox/letters/{id}/publish", Map.of("version", version(id)), id).getStatusCode()
                .value()).as(other).isEqualTo(403);
        }

        ResponseEntity<Map> published = api.post(LIN_XUE, "/api/mailbox/letters/{id}/publish", Map.of("version", version(id)), id);
        assertThat(published.getStatusCode().value()).as("%s", published.getBody()).isEqualTo(200);
        assertThat(allowed(LIN_XUE, id)).containsExactly("close", "unpublish");
        assertThat(allowed(SUPERVISOR, id)).doesNotContain("publish", "unpublish");
    }

    /** A letter to 县长信箱 whose writer consents to publication; answers its id. */
    String write(String subject) {
        Map<String, Object> form = new HashMap<>();
        form.put("mailbox", "county-head");
        form.put("type", "COMPLAINT");
        form.put("subject", subject);
        form.put("content", "凤州大道南段路灯不亮。");
        form.put("contactName", "李四");
        // A number no other test uses, so duplicate detection does not link the letters.
        form.put("contactPhone", "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000)));
        form.put("consentToPublish", true);
        form.put("anonymous", false);
        ResponseEntity<Map> receipt = api.submitLetter(form);
        assertThat(receipt.getStatusCode().value()).as("%s", receipt.getBody()).isEqualTo(201);
        String code = ((String) receipt.getBody().get("trackingCode")).replaceAll("[^0-9A-Z]", "");
        return jdbc.queryForObject("SELECT id FROM letter WHERE tracking_code = ?", String.class, code);
    }

    List<Object> idsInWorkList(String user) {
        return api.workList(user, "/api/mailbox/letters?status=SUBMITTED").stream()
            .map(l -> l.get("id")).toList();
    }

    List<String> allowed(String user, String id) {
        return (List<String>) api.get(user, "/api/mailbox/letters/{id}", id).getBody().get("allowedActions");
    }

    long version(String id) {
        return ((Number) api.get(LIN_XUE, "/api/mailbox/letters/{id}", id).getBody().get("version")).longValue();
    }

    Map<String, Object> act(String user, String id, String step, Map<String, Object> fields) {
        Map<String, Object> body = new HashMap<>(fields);
        body.put("version", version(id));
        ResponseEntity<Map> answer = api.post(user, "/api/mailbox/letters/{id}/" + step, body, id);
        assertThat(answer.getStatusCode().value()).as(user + " " + step + ": " + answer.getBody()).isEqualTo(200);
        return answer.getBody();
    }
}
