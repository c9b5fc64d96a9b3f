package io.zhengtong.mailbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

/**
 * Writing logged in and 我的来信: a citizen's letters are linked to the account (the token's
 * subject) and opened, rated and reopened without the query password, by that account only.
 */
class OwnLettersIT extends MailboxFixture {

    static final String OTHER_ACCOUNT = "fan.jianguo"; // another account, no staff role
    static final String STAFF = "zhang.wei"; // staff roles give no access to anybody's 我的来信

    static Map<String, Object> letter(String subject, boolean anonymous) {
        Map<String, Object> form = new HashMap<>();
        form.put("mailbox", "petition");
        form.put("type", "COMPLAINT");
        form.put("subject", subject);
        form.put("content", "小区门口路灯坏了一个月。");
        form.put("contactName", anonymous ? null : "王小明");
        form.put("contactPhone", anonymous ? null : Letters.freshPhone());
        form.put("contactEmail", anonymous ? null : "wang.xiaoming@example.com");
        form.put("consentToPublish", false);
        form.put("anonymous", anonymous);
        return form;
    }

    /** Written as {@code user} (logged in), without any captcha, from a fresh address. */
    ResponseEntity<Map> writeAs(String user, Map<String, Object> form) {
        return writeAs(user, form, MailboxClient.randomAddress());
    }

    ResponseEntity<Map> writeAs(String user, Map<String, Object> form, String address) {
        return api.http().post().uri("/api/mailbox/citizen/letters")
            .headers(h -> h.setBearerAuth(io.zhengtong.platform.test.KeycloakTokens.accessToken(user)))
            .header("X-Forwarded-For", address)
            .contentType(org.springframework.http.MediaType.APPLICATION_JSON).body(form).retrieve().toEntity(Map.class);
    }

    List<Map<String, Object>> myLetters(String user) {
        ResponseEntity<Map> page = api.get(user, "/api/mailbox/citizen/letters?size=100");
        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getHeaders().getCacheControl()).contains("no-store");
        return (List<Map<String, Object>>) page.getBody().get("content");
    }

    static List<String> subjects(List<Map<String, Object>> lines) {
        return lines.stream().map(l -> (String) l.get("subject")).toList();
    }

    String idOf(String code) {
        return jdbc.queryForObject("SELECT id FROM letter WHERE tracking_code = ?", String.class,
                code.replaceAll("[^0-9A-Z]", ""));
    }

    @Test
    void aLoggedInCitizenWritesWithoutCaptchaGetsTheUsualReceiptAndFindsTheLetterInMyLetters() {
        String subject = "路灯 " + UUID.randomUUID();

        ResponseEntity<Map> receipt = writeAs(Letters.CITIZEN, letter(subject, false));

        assertThat(receipt.getStatusCode().value()).as(String.valueOf(receipt.getBody())).isEqualTo(201);
        String code = (String) receipt.getBody().get("trackingCode");
        String password = (String) receipt.getBody().get("queryPassword");
        assertThat(api.track(code, password).getStatusCode().value()).as("the paper path still works").isEqualTo(200);

        Map<String, Object> line = myLetters(Letters.CITIZEN).stream().filter(l -> subject.equals(l.get("subject")))
            .findFirst().orElseThrow();
        assertThat(line).containsEntry("trackingCode", code).containsEntry("mailbox", "petition")
            .containsEntry("mailboxName", "信访局信箱").containsEntry("status", "SUBMITTED")
            .containsEntry("statusLabel", "待受理").containsEntry("typeLabel", "投诉").containsKey("submittedAt")
            .containsKey("dueDate");

        ResponseEntity<Map> opened = api.get(Letters.CITIZEN, "/api/mailbox/citizen/letters/{code}", code);
        assertThat(opened.getStatusCode().value()).isEqualTo(200);
        assertThat(opened.getBody()).containsEntry("subject", subject).containsEntry("trackingCode", code);

        // The staff see who wrote it: the account in the letter's history.
        String id = idOf(code);
        assertThat(jdbc.queryForObject("SELECT submitted_by FROM letter WHERE id = ?", String.class, id))
            .isEqualTo(Letters.CITIZEN);
        assertThat(Letters.history(letters.detail(Letters.DISPATCHER, id)).getFirst()).containsEntry("username", Letters.CITIZEN);
    }

    /** A named letter the citizen writes logged in without mobile number, {@code email} in the form: its staff detail. */
    Map<String, Object> writtenWithoutPhone(String subject, String email) {
        Map<String, Object> form = letter(subject + " " + UUID.randomUUID(), false);
        form.put("contactPhone", null);
        form.put("contactEmail", email);
        ResponseEntity<Map> receipt = writeAs(Letters.CITIZEN, form);
        assertThat(receipt.getStatusCode().value()).as(String.valueOf(receipt.getBody())).isEqualTo(201);
        return letters.detail(Letters.DISPATCHER, idOf((String) receipt.getBody().get("trackingCode")));
    }

    @Test
    void aLoggedInCitizenWithoutMobileNumberIsAnsweredAtTheAccountsEmailAddress() {
        Map<String, Object> detail = writtenWithoutPhone("无手机", " ");

        // The letter's contact, where its notices to the citizen go (notification reads it).
        assertThat(detail).containsEntry("contactEmail", "wang.xiaoming@example.com").containsEntry("contactName", "王小明");
        assertThat(detail.get("contactPhone")).isNull();
    }

    @Test
    void anEmailAddressTypedInTheFormIsKeptInsteadOfTheAccounts() {
        assertThat(writtenWithoutPhone("另填邮箱", "xiaoming.home@example.com"))
            .containsEntry("contactEmail", "xiaoming.home@example.com");
    }

    @Test
    void anAnonymousLetterWrittenLoggedInTakesNoEmailAddressFromTheAccount() {
        String code = (String) writeAs(Letters.CITIZEN, letter("匿名无邮箱 " + UUID.randomUUID(), true)).getBody()
            .get("trackingCode");

        assertThat(letters.detail(Letters.DISPATCHER, idOf(code)).get("contactEmail")).isNull();
    }

    @Test
    void withoutLoginTheMobileNumberIsStillRequiredEvenWithAnEmailAddress() {
        Map<String, Object> form = letter("未登录 " + UUID.randomUUID(), false);
        form.put("contactPhone", null);

        ResponseEntity<Map> refused = api.submitLetter(form, MailboxClient.randomAddress());

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat((List<Map<String, Object>>) refused.getBody().get("errors"))
            .contains(Map.of("field", "contactPhone", "message", "实名来信请填写手机号码，以便联系答复"));
    }

    @Test
    void anotherAccountStaffAndVisitorsNeverSeeSomeoneElsesLetter() {
        String subject = "噪音 " + UUID.randomUUID();
        String code = (String) writeAs(Letters.CITIZEN, letter(subject, false)).getBody().get("trackingCode");

        assertThat(subjects(myLetters(OTHER_ACCOUNT))).doesNotContain(subject);
        assertThat(subjects(myLetters(STAFF))).doesNotContain(subject);
        for (String other : List.of(OTHER_ACCOUNT, STAFF)) {
            ResponseEntity<Map> view = api.get(other, "/api/mailbox/citizen/letters/{code}", code);
            assertThat(view.getStatusCode().value()).as(other).isEqualTo(404);
            assertThat(view.getBody()).containsEntry("type", "urn:zhengtong:problem:letter-not-found");
            assertThat(view.getBody().toString()).doesNotContain(subject);
            assertThat(api.post(other, "/api/mailbox/citizen/letters/{code}/reopen", Map.of("reason", "不满意"), code)
                .getStatusCode().value()).isEqualTo(404);
        }
        ResponseEntity<Map> anonymous = api.get(null, "/api/mailbox/citizen/letters/{code}", code);
        assertThat(anonymous.getStatusCode().value()).isEqualTo(401);
        assertThat(api.get(null, "/api/mailbox/citizen/letters").getStatusCode().value()).isEqualTo(401);
        assertThat(api.get(Letters.CITIZEN, "/api/mailbox/citizen/letters/{code}", "not-a-code").getStatusCode().value())
            .isEqualTo(404);
        ResponseEntity<Map> tooLarge = api.get(Letters.CITIZEN, "/api/mailbox/citizen/letters?size=1000");
        assertThat(tooLarge.getStatusCode().value()).isEqualTo(400);
        assertThat(tooLarge.getBody().toString()).contains("每页最多100封");
    }

    @Test
    void aLetterWrittenWithoutLoginIsNobodysInMyLettersEvenWithItsCode() {
        String subject = "匿名 " + UUID.randomUUID();
        Map<String, String> written = letters.write("petition", subject, "无人认领的信。", null);

        assertThat(subjects(myLetters(Letters.CITIZEN))).doesNotContain(subject);
        assertThat(api.get(Letters.CITIZEN, "/api/mailbox/citizen/letters/{code}", written.get("code"))
            .getStatusCode().value()).isEqualTo(404);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM letter_writer WHERE letter_id = ?", Integer.class,
                written.get("id"))).isZero();
    }

    @Test
    void writingAnonymouslyWhileLoggedInHidesTheAccountFromTheStaffButKeepsTheLetterInMyLetters() {
        String subject = "匿名举报 " + UUID.randomUUID();
        String code = (String) writeAs(Letters.CITIZEN, letter(subject, true)).getBody().get("trackingCode");
        String id = idOf(code);

        assertThat(subjects(myLetters(Letters.CITIZEN))).contains(subject);
        assertThat(jdbc.queryForObject("SELECT submitted_by FROM letter WHERE id = ?", String.class, id)).isNull();
        Map<String, Object> first = Letters.history(letters.detail(Letters.DISPATCHER, id)).getFirst();
        assertThat(first.get("username")).isNull();
        assertThat(String.valueOf(first)).doesNotContain("王小明").doesNotContain(Letters.CITIZEN);
    }

    @Test
    void theWriterRatesAndReopensTheAnswerWithoutThePassword() {
        String subject = "停水 " + UUID.randomUUID();
        String code = (String) writeAs(Letters.CITIZEN, letter(subject, false)).getBody().get("trackingCode");
        String id = idOf(code);
        letters.acceptAndHandOverToHousing(id);
        letters.answer(id);

        ResponseEntity<Map> byOther = api.post(OTHER_ACCOUNT, "/api/mailbox/citizen/letters/{code}/rating",
                Map.of("rating", "SATISFIED"), code);
        assertThat(byOther.getStatusCode().value()).isEqualTo(404);

        ResponseEntity<Map> rated = api.post(Letters.CITIZEN, "/api/mailbox/citizen/letters/{code}/rating",
                Map.of("rating", "UNSATISFIED", "remark", "没有解决"), code);
        assertThat(rated.getStatusCode().value()).as(String.valueOf(rated.getBody())).isEqualTo(200);
        assertThat(rated.getBody()).containsEntry("rating", "UNSATISFIED").containsEntry("mayReopen", true);

        ResponseEntity<Map> reopened = api.post(Letters.CITIZEN, "/api/mailbox/citizen/letters/{code}/reopen",
                Map.of("reason", "问题依旧"), code);
        assertThat(reopened.getStatusCode().value()).as(String.valueOf(reopened.getBody())).isEqualTo(200);
        assertThat(reopened.getBody()).containsEntry("mayReopen", false);
    }

    @Test
    void theFormIsCheckedAsAlwaysAndThePerAddressLimitStillCounts() {
        Map<String, Object> unnamed = letter("无名 " + UUID.randomUUID(), false);
        unnamed.put("contactName", " ");
        ResponseEntity<Map> refused = writeAs(Letters.CITIZEN, unnamed);
        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat((List<Map<String, Object>>) refused.getBody().get("errors"))
            .contains(Map.of("field", "contactName", "message", "实名来信请填写姓名"))
            .noneMatch(e -> "captchaAnswer".equals(e.get("field")));

        String address = MailboxClient.randomAddress();
        int status = 0;
        for (int i = 0; i < 6; i++) {
            status = writeAs(Letters.CITIZEN, letter("限流 " + UUID.randomUUID(), true), address).getStatusCode().value();
        }
        assertThat(status).as("the sixth letter within the hour from one address").isEqualTo(429);
    }
}
