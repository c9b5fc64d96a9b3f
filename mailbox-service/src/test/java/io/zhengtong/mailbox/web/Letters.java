package io.zhengtong.mailbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/** The demo users the ITs act as, writing letters and taking them through the staff steps. */
final class Letters {

    static final String DISPATCHER = "wang.fang"; // dispatcher (and staff), petition (owns 信访局信箱)
    static final String LEADER = "liu.yang"; // leader (and staff), gov-office (副县长)
    static final String HOUSING_CLERK = "zhao.lei"; // staff, housing
    static final String EDUCATION_CLERK = "yang.min"; // staff, education
    static final String SUPERVISOR = "chen.jing"; // supervisor (and staff), party-office
    static final String CITIZEN = "wang.xiaoming"; // no staff role

    private final MailboxClient api;
    private final JdbcTemplate jdbc;

    Letters(MailboxClient api, JdbcTemplate jdbc) {
        this.api = api;
        this.jdbc = jdbc;
    }

    /** A mobile number no other test uses, so duplicate detection sees only this test's letters. */
    static String freshPhone() {
        return "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /** Writes a letter; answers {id, code, password}. {@code phone} null writes anonymously. */
    Map<String, String> write(String mailbox, String subject, String content, String phone) {
        Map<String, Object> form = new HashMap<>();
        form.put("mailbox", mailbox);
        form.put("type", "COMPLAINT");
        form.put("subject", subject);
        form.put("content", content);
        form.put("contactName", phone == null ? null : "李四");
        form.put("contactPhone", phone);
        form.put("consentToPublish", false);
        form.put("anonymous", phone == null);
        ResponseEntity<Map> receipt = api.submitLetter(form);
        assertThat(receipt.getStatusCode().value()).as(String.valueOf(receipt.getBody())).isEqualTo(201);
        String code = (String) receipt.getBody().get("trackingCode");
        // Looked up in the table: tests reach the letter whatever page of the work list it is on.
        String id = jdbc.queryForObject("SELECT id FROM letter WHERE tracking_code = ?", String.class,
                code.replaceAll("[^0-9A-Z]", ""));
        return Map.of("id", id, "code", code, "password", (String) receipt.getBody().get("queryPassword"));
    }

    Map<String, Object> detail(String user, String id) {
        return api.get(user, "/api/mailbox/letters/{id}", id).getBody();
    }

    /** A staff step that must succeed; answers the new detail. */
    Map<String, Object> act(String user, String id, String step, Object... fields) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", detail(user, id).get("version"));
        for (int i = 0; i < fields.length; i += 2) {
            body.put((String) fields[i], fields[i + 1]);
        }
        ResponseEntity<Map> answer = api.post(user, "/api/mailbox/letters/{id}/" + step, body, id);
        assertThat(answer.getStatusCode().value()).as(user + " " + step + ": " + answer.getBody()).isEqualTo(200);
        return answer.getBody();
    }

    /** Accepted by the dispatcher and assigned to the housing bureau, which signs for it. */
    void acceptAndHandOverToHousing(String id) {
        act(DISPATCHER, id, "accept");
        act(DISPATCHER, id, "assign", "leadUnit", "housing");
        act(HOUSING_CLERK, id, "sign-for");
    }

    /** Housing drafts, the dispatcher approves: the citizen can read the answer. */
    void answer(String id) {
        act(HOUSING_CLERK, id, "reply", "text", "您好，已安排处理。");
        act(DISPATCHER, id, "reply-approve");
    }

    static List<Map<String, Object>> history(Map<String, Object> detail) {
        return (List<Map<String, Object>>) detail.get("history");
    }
}
