package io.zhengtong.mailbox.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import io.zhengtong.mailbox.captcha.Captchas;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The letter form's anti-abuse: a single-use captcha with a non-visual question, and a per-address limit. */
class CaptchaAndRateLimitIT extends MailboxFixture {

    @Autowired
    Captchas captchas;

    static Map<String, Object> letter(String subject) {
        Map<String, Object> form = new HashMap<>();
        form.put("mailbox", "county-head");
        form.put("type", "SUGGESTION");
        form.put("subject", subject);
        form.put("content", "建议在县城增设公共自行车站点。");
        form.put("anonymous", true);
        form.put("consentToPublish", false);
        return form;
    }

    Map<String, Object> captcha() {
        ResponseEntity<Map> answer = api.get(null, "/api/mailbox/public/captcha");
        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        assertThat(answer.getHeaders().getCacheControl()).contains("no-store");
        return answer.getBody();
    }

    ResponseEntity<Map> post(Map<String, Object> form, Object captchaId, String captchaAnswer, String address) {
        Map<String, Object> body = new HashMap<>(form);
        body.put("captchaId", captchaId);
        body.put("captchaAnswer", captchaAnswer);
        return api.http().post().uri("/api/mailbox/public/letters").header("X-Forwarded-For", address)
            .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(Map.class);
    }

    int lettersWithSubject(String subject) {
        return jdbc.queryForObject("select count(*) from letter where subject = ?", Integer.class, subject);
    }

    static List<Map<String, Object>> errors(ResponseEntity<Map> answer) {
        return (List<Map<String, Object>>) answer.getBody().get("errors");
    }

    @Test
    void theCaptchaIsAPictureAnAnonymousVisitorCanReadAndAQuestionAScreenReaderCanReadOut() throws Exception {
        Map<String, Object> captcha = captcha();

        assertThat((String) captcha.get("question")).matches("[一二三四五六七八九][加减][一二三四五六七八九]等于几？");
        String image = (String) captcha.get("image");
        assertThat(image).startsWith("data:image/png;base64,");
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(
                Base64.getDecoder().decode(image.substring("data:image/png;base64,".length()))));
        assertThat(png.getWidth()).isGreaterThan(png.getHeight()).isGreaterThanOrEqualTo(120);
        assertThat(captcha()).extracting(c -> c.get("id")).isNotEqualTo(captcha.get("id"));
    }

    @Test
    void eitherTheImagesCharactersOrTheAnswerToTheQuestionLetTheLetterThrough() {
        Map<String, Object> first = captcha();
        String imageText = jdbc.queryForObject("select image_answer from captcha where id = ?", String.class, first.get("id"));
        String bySight = "路灯 " + UUID.randomUUID();
        assertThat(post(letter(bySight), first.get("id"), imageText.toLowerCase(), MailboxClient.randomAddress())
            .getStatusCode().value()).isEqualTo(201);

        Map<String, Object> second = captcha();
        String byEar = "公交 " + UUID.randomUUID();
        assertThat(post(letter(byEar), second.get("id"), MailboxClient.answer((String) second.get("question")),
                MailboxClient.randomAddress()).getStatusCode().value()).isEqualTo(201);
        assertThat(lettersWithSubject(bySight) + lettersWithSubject(byEar)).isEqualTo(2);
    }

    @Test
    void aWrongAnswerIsRefusedOnTheCaptchaFieldAndUsesTheCaptchaUp() {
        Map<String, Object> captcha = captcha();
        String subject = "验证码 " + UUID.randomUUID();
        String right = MailboxClient.answer((String) captcha.get("question"));

        ResponseEntity<Map> wrong = post(letter(subject), captcha.get("id"), "99", MailboxClient.randomAddress());
        ResponseEntity<Map> retried = post(letter(subject), captcha.get("id"), right, MailboxClient.randomAddress());

        assertThat(wrong.getStatusCode().value()).isEqualTo(422);
        assertThat(wrong.getBody()).containsEntry("type", "urn:zhengtong:problem:captcha-not-solved");
        assertThat(errors(wrong)).containsExactly(Map.of("field", "captchaAnswer", "message", "验证码不正确或已过期，请重新输入新的验证码"));
        assertThat(retried.getStatusCode().value()).as("the same captcha a second time").isEqualTo(422);
        assertThat(lettersWithSubject(subject)).isZero();
    }

    @Test
    void anExpiredOrUnknownCaptchaIsRefusedAndAMissingAnswerIsAFieldErrorThatKeepsTheCaptcha() {
        Map<String, Object> captcha = captcha();
        String right = MailboxClient.answer((String) captcha.get("question"));
        String subject = "过期 " + UUID.randomUUID();

        ResponseEntity<Map> missing = post(letter(subject), captcha.get("id"), " ", MailboxClient.randomAddress());
        assertThat(missing.getStatusCode().value()).isEqualTo(400);
        assertThat(errors(missing)).contains(Map.of("field", "captchaAnswer", "message", "请填写验证码"));
        assertThat(jdbc.queryForObject("select count(*) from captcha where id = ?", Integer.class, captcha.get("id")))
            .as("a form refused for its fields leaves the captcha unused").isEqualTo(1);

        jdbc.update("update captcha set expires_at = ? where id = ?", java.sql.Timestamp.valueOf("2020-01-01 00:00:00"),
                captcha.get("id"));
        assertThat(post(letter(subject), captcha.get("id"), right, MailboxClient.randomAddress()).getStatusCode().value())
            .isEqualTo(422);
        assertThat(post(letter(subject), UUID.randomUUID().toString(), right, MailboxClient.randomAddress())
            .getStatusCode().value()).isEqualTo(422);
        assertThat(post(letter(subject), null, right, MailboxClient.randomAddress()).getStatusCode().value()).isEqualTo(422);
        assertThat(lettersWithSubject(subject)).isZero();
    }

    @Test
    void captchasNobodyAnsweredAreForgottenOnceExpiredAndTheOthersKept() {
        Object expired = captcha().get("id");
        Object fresh = captcha().get("id");
        jdbc.update("update captcha set expires_at = ? where id = ?", java.sql.Timestamp.valueOf("2020-01-01 00:00:00"),
                expired);

        captchas.forgetExpired();

        assertThat(jdbc.queryForList("select id from captcha where id in (?, ?)", String.class, expired, fresh))
            .containsExactly((String) fresh);
    }

    @Test
    void oneAddressWritesFiveLettersAnHourTheSixthIsAskedToWaitAndOtherAddressesAreNotHeldUp() {
        String address = MailboxClient.randomAddress();
        // A letter refused for its content does not count against the address.
        ResponseEntity<Map> refused = api.submitLetter(new HashMap<>(letter("无效")) {{ put("mailbox", "nowhere"); }}, address);
        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        for (int i = 1; i <= 5; i++) {
            assertThat(api.submitLetter(letter("第" + i + "封 " + UUID.randomUUID()), address).getStatusCode().value())
                .as("letter %d", i).isEqualTo(201);
        }

        String subject = "第六封 " + UUID.randomUUID();
        ResponseEntity<Map> sixth = api.submitLetter(letter(subject), address + ", 127.0.0.1");

        assertThat(sixth.getStatusCode().value()).isEqualTo(429);
        long retryAfter = Long.parseLong(sixth.getHeaders().getFirst("Retry-After"));
        assertThat(retryAfter).isBetween(1L, 3600L);
        assertThat(sixth.getBody()).containsEntry("type", "urn:zhengtong:problem:letter-rate-limited")
            .containsEntry("title", "提交过于频繁");
        assertThat((String) sixth.getBody().get("detail")).contains("每小时最多提交5封信件");
        assertThat(lettersWithSubject(subject)).isZero();
        assertThat(api.submitLetter(letter("另一地址 " + UUID.randomUUID()), MailboxClient.randomAddress())
            .getStatusCode().value()).isEqualTo(201);
    }

    @Test
    void theMailboxesSayWithinHowManyWorkingDaysEachKindOfLetterIsAnswered() {
        List<Map<String, Object>> mailboxes = api.getList(null, "/api/mailbox/public/mailboxes").getBody();

        Map<String, Object> countyHead = mailboxes.stream().filter(m -> "county-head".equals(m.get("code"))).findFirst()
            .orElseThrow();
        assertThat((List<Map<String, Object>>) countyHead.get("periods"))
            .contains(Map.of("type", "CONSULTATION", "typeLabel", "咨询", "workingDays", 3),
                    Map.of("type", "COMPLAINT", "typeLabel", "投诉", "workingDays", 7));
    }
}
