package io.zhengtong.mailbox.web;

import static io.zhengtong.mailbox.web.Letters.DISPATCHER;
import static io.zhengtong.mailbox.web.Letters.EDUCATION_CLERK;
import static io.zhengtong.mailbox.web.Letters.HOUSING_CLERK;
import static io.zhengtong.mailbox.web.Letters.SUPERVISOR;
import static org.assertj.core.api.Assertions.assertThat;

import io.zhengtong.mailbox.tracking.TrackingCode;
import io.zhengtong.platform.calendar.WorkingDayCalendar;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** Citizens write and follow letters, the dispatcher handles them, through HTTP with real Keycloak tokens. */
class MailboxLettersIT extends MailboxFixture {

    @Autowired
    WorkingDayCalendar calendar;

    static final String PHONE = "13812341234";

    static Map<String, Object> letter(String subject) {
        Map<String, Object> form = new HashMap<>();
        form.put("mailbox", "petition");
        form.put("type", "COMPLAINT");
        form.put("subject", subject);
        form.put("content", "小区门口路灯坏了一个月，晚上出行不便。<img src=x onerror=alert(1)>");
        form.put("contactName", "张三");
        form.put("contactPhone", PHONE);
        form.put("contactEmail", "zhangsan@example.com");
        form.put("consentToPublish", true);
        form.put("anonymous", false);
        return form;
    }

    Map<String, Object> findInList(String user, String uri, String id) {
        List<Map<String, Object>> lines = api.workList(user, uri);
        return lines.stream().filter(l -> id.equals(l.get("id"))).findFirst().orElse(null);
    }

    @Test
    void theMailboxesAreListedForEveryone() {
        ResponseEntity<List> answer = api.getList(null, "/api/mailbox/public/mailboxes");
        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        assertThat(answer.getBody()).extracting(m -> ((Map<?, ?>) m).get("name"))
            .contains("书记信箱", "县长信箱", "信访局信箱", "县教育局信箱");
    }

    @Test
    void aCitizenWritesTracksItTheDispatcherAcceptsAndAssignsAndOnlyTheHandlingUnitSeesIt() {
        String subject = "<script>alert('路灯')</script> " + UUID.randomUUID();
        ResponseEntity<Map> receipt = api.submitLetter(letter(subject));
        assertThat(receipt.getStatusCode().value()).isEqualTo(201);
        String code = (String) receipt.getBody().get("trackingCode");
        String password = (String) receipt.getBody().get("queryPassword");
        assertThat(code).matches("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}");
        assertThat(password).matches("[2-9A-Z]{5}-[2-9A-Z]{5}");

        // The phone number is not in the table as typed.
        String storedPhone = jdbc.queryForObject("select contact_phone_enc from letter where tracking_code = ?",
                String.class, code.replace("-", ""));
        assertThat(storedPhone).isNotBlank().doesNotContain(PHONE).doesNotContain("1234");

        // Typed from paper in lower case without hyphens, the password with spaces: still found.
        ResponseEntity<Map> tracked = api.track(code.replace("-", "").toLowerCase(), password.replace("-", " "));
        assertThat(tracked.getStatusCode().value()).isEqualTo(200);
        assertThat(tracked.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_JSON)).isTrue();
        assertThat(tracked.getBody()).containsEntry("status", "SUBMITTED").containsEntry("statusLabel", "待受理")
            .containsEntry("subject", subject).containsEntry("mailbox", "信访局信箱").containsEntry("reply", null)
            .containsEntry("dueDate", calendar.addWorkingDays(
                    WorkingDayCalendar.dateOf(Instant.parse((String) tracked.getBody().get("submittedAt"))), 7).toString());
        assertThat((String) tracked.getBody().get("dueDateExplanation")).contains("收到当日不计，自次日起算7个工作日");
        assertThat((String) tracked.getBody().get("content")).contains("<img src=x onerror=alert(1)>");

        // Nobody but the citizen rates a letter before it is answered.
        ResponseEntity<Map> earlyRating = api.http().post().uri("/api/mailbox/public/letters/{code}/rating", code)
            .header("X-Query-Password", password).contentType(MediaType.APPLICATION_JSON)
            .body(Map.of("rating", "SATISFIED")).retrieve().toEntity(Map.class);
        assertThat(earlyRating.getStatusCode().value()).isEqualTo(409);
        assertThat((String) earlyRating.getBody().get("detail")).contains("待受理");

        // The dispatcher sees it among the new letters, personal data masked.
        Map<String, Object> line = findInList(DISPATCHER, "/api/mailbox/letters", idOf(code));
        assertThat(line).containsEntry("contactName", "张**").containsEntry("contactPhone", "138****1234");
        String id = (String) line.get("id");
        int version = ((Number) line.get("version")).intValue();

        // Other units' clerks neither list nor open it; a supervisor may read it but not accept it.
        assertThat(findInList(EDUCATION_CLERK, "/api/mailbox/letters?status=SUBMITTED", id)).isNull();
        assertThat(api.get(EDUCATION_CLERK, "/api/mailbox/letters/{id}", id).getStatusCode().value()).isEqualTo(404);
        ResponseEntity<Map> bySupervisor = api.post(SUPERVISOR, "/api/mailbox/letters/{id}/accept", Map.of("version", version), id);
        assertThat(bySupervisor.getStatusCode().value()).isEqualTo(403);
        assertThat(bySupervisor.getBody()).containsEntry("type", "urn:zhengtong:problem:letter-role-not-allowed");

        ResponseEntity<Map> accepted = api.post(DISPATCHER, "/api/mailbox/letters/{id}/accept", Map.of("version", version), id);
        assertThat(accepted.getStatusCode().value()).isEqualTo(200);
        assertThat(accepted.getBody()).containsEntry("status", "ACCEPTED").containsEntry("contactPhone", PHONE);
        assertThat(accepted.getBody().get("dueDate")).as("the type stays: so does the due date")
            .isEqualTo(tracked.getBody().get("dueDate"));
        int acceptedVersion = ((Number) accepted.getBody().get("version")).intValue();
        assertThat(acceptedVersion).isGreaterThan(version);

        // A second clerk acting on what they saw before: 409, nothing changes.
        ResponseEntity<Map> stale = api.post(DISPATCHER, "/api/mailbox/letters/{id}/assign",
                Map.of("version", version, "leadUnit", "housing"), id);
        assertThat(stale.getStatusCode().value()).isEqualTo(409);
        assertThat(stale.getBody()).containsEntry("type", "urn:zhengtong:problem:letter-version-stale");

        ResponseEntity<Map> assigned = api.post(DISPATCHER, "/api/mailbox/letters/{id}/assign",
                Map.of("version", acceptedVersion, "leadUnit", "housing", "remark", "请住建局核实处理"), id);
        assertThat(assigned.getStatusCode().value()).isEqualTo(200);
        assertThat(assigned.getBody()).containsEntry("status", "ASSIGNED").containsEntry("leadUnit", "housing");
        assertThat((List<Map<String, Object>>) assigned.getBody().get("history")).extracting(h -> h.get("actionLabel"))
            .containsExactly("提交来信", "受理", "直接交办");

        // Accepting again is the wrong state: 409 in Chinese.
        ResponseEntity<Map> again = api.post(DISPATCHER, "/api/mailbox/letters/{id}/accept",
                Map.of("version", ((Number) assigned.getBody().get("version")).intValue()), id);
        assertThat(again.getStatusCode().value()).isEqualTo(409);
        assertThat((String) again.getBody().get("detail")).contains("已交办");

        // The housing bureau now has it; the education bureau still does not see it.
        assertThat(findInList(HOUSING_CLERK, "/api/mailbox/letters", id)).isNotNull();
        assertThat(api.get(HOUSING_CLERK, "/api/mailbox/letters/{id}", id).getStatusCode().value()).isEqualTo(200);
        assertThat(findInList(EDUCATION_CLERK, "/api/mailbox/letters?status=ASSIGNED", id)).isNull();
        assertThat(api.get(EDUCATION_CLERK, "/api/mailbox/letters/{id}", id).getStatusCode().value()).isEqualTo(404);
        assertThat(api.post(EDUCATION_CLERK, "/api/mailbox/letters/{id}/assign",
                Map.of("version", 9, "leadUnit", "education"), id).getStatusCode().value()).isEqualTo(404);

        // The citizen sees the handling unit and how the due date was computed.
        Map<String, Object> page = api.track(code, password).getBody();
        assertThat(page).containsEntry("statusLabel", "已交办，待签收").containsEntry("handlingUnit", "housing");
        assertThat(page.get("dueDate")).isEqualTo(assigned.getBody().get("dueDate"));
        assertThat((String) page.get("dueDateExplanation")).contains("收到当日不计").contains("7个工作日");
    }

    @Test
    void aWrongPasswordAndAnUnknownCodeGetTheSameNotFound() {
        ResponseEntity<Map> receipt = api.submitLetter(letter("咨询 " + UUID.randomUUID()));
        String code = (String) receipt.getBody().get("trackingCode");
        String unknown = TrackingCode.generate(new SplittableRandom()).toString();

        ResponseEntity<Map> wrongPassword = api.track(code, "ABCDE-FGHJK");
        ResponseEntity<Map> unknownCode = api.track(unknown, (String) receipt.getBody().get("queryPassword"));
        ResponseEntity<Map> noPassword = api.http().get().uri("/api/mailbox/public/letters/{code}", code).retrieve()
            .toEntity(Map.class);

        assertThat(wrongPassword.getStatusCode().value()).isEqualTo(404);
        assertThat(unknownCode.getStatusCode().value()).isEqualTo(404);
        assertThat(noPassword.getStatusCode().value()).isEqualTo(404);
        assertThat(unknownCode.getBody().get("detail")).isEqualTo(wrongPassword.getBody().get("detail"))
            .isEqualTo("查询码或查询密码不正确，请核对回执后重新输入。");
        assertThat(unknownCode.getBody().get("type")).isEqualTo(wrongPassword.getBody().get("type"))
            .isEqualTo("urn:zhengtong:problem:letter-not-found");
    }

    @Test
    void badInputIsRefusedWithChineseFieldErrorsAndNothingIsSaved() {
        Integer before = jdbc.queryForObject("select count(*) from letter", Integer.class);
        Map<String, Object> form = letter(" ");
        form.put("type", null);
        form.put("contactPhone", "12345");
        form.put("idNumber", "610330199001011235");

        ResponseEntity<Map> answer = api.submitLetter(form);

        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        List<Map<String, Object>> errors = (List<Map<String, Object>>) answer.getBody().get("errors");
        assertThat(errors).extracting(e -> e.get("field")).contains("subject", "type", "contactPhone", "idNumber");
        assertThat(errors).filteredOn(e -> "subject".equals(e.get("field"))).extracting(e -> e.get("message"))
            .containsExactly("请填写信件标题");
        assertThat(errors).filteredOn(e -> "type".equals(e.get("field"))).extracting(e -> e.get("message"))
            .containsExactly("请选择信件类型");
        assertThat(jdbc.queryForObject("select count(*) from letter", Integer.class)).isEqualTo(before);

        ResponseEntity<Map> unknownMailbox = api.submitLetter(
                new HashMap<>(letter("x")) {{ put("mailbox", "nowhere"); }});
        assertThat(unknownMailbox.getStatusCode().value()).isEqualTo(422);
        assertThat(jdbc.queryForObject("select count(*) from letter", Integer.class)).isEqualTo(before);
    }

    @Test
    void aLetterWithAnOldBcryptPasswordOpensAndFromThenOnIsCheckedByTheKeyedHash() {
        ResponseEntity<Map> receipt = api.submitLetter(letter("旧查询密码的来信 " + UUID.randomUUID()));
        assertThat(receipt.getStatusCode().value()).isEqualTo(201);
        String code = (String) receipt.getBody().get("trackingCode");
        String password = (String) receipt.getBody().get("queryPassword");
        String compact = code.replace("-", "");
        assertThat(storedHash(compact)).startsWith("hmac-sha256:");
        // As letters were stored before the keyed hash: BCrypt of the normalised password.
        String legacy = new BCryptPasswordEncoder(4).encode(password.replace("-", ""));
        jdbc.update("update letter set query_password_hash = ? where tracking_code = ?", legacy, compact);
        Long version = jdbc.queryForObject("select version from letter where tracking_code = ?", Long.class, compact);

        assertThat(api.track(code, "AAAAA-AAAAA").getStatusCode().value()).isEqualTo(404);
        assertThat(storedHash(compact)).isEqualTo(legacy);

        assertThat(api.track(code, password).getStatusCode().value()).isEqualTo(200);
        assertThat(storedHash(compact)).startsWith("hmac-sha256:");
        // Not a change of the letter: a clerk's open version stays valid.
        assertThat(jdbc.queryForObject("select version from letter where tracking_code = ?", Long.class, compact))
            .isEqualTo(version);
        assertThat(api.track(code, password).getStatusCode().value()).isEqualTo(200);
        assertThat(api.track(code, "AAAAA-AAAAA").getStatusCode().value()).isEqualTo(404);
    }

    String storedHash(String compactCode) {
        return jdbc.queryForObject("select query_password_hash from letter where tracking_code = ?", String.class,
                compactCode);
    }

    String idOf(String code) {
        return jdbc.queryForObject("select id from letter where tracking_code = ?", String.class, code.replace("-", ""));
    }
}
