package io.zhengtong.portal.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import io.zhengtong.platform.test.IntegrationTest;

/**
 * The letter form follows the attachment rules the mailbox tells (here stricter than the usual
 * ones: two files of 1 MB, PDF or PNG): the hint, the file picker and the website's first check
 * all say what the mailbox will enforce, and nothing is sent that it would refuse by those rules.
 * The list of mailboxes is kept likewise, for a minute.
 */
@IntegrationTest
class LetterAttachmentRulesIT {

    static final StubMailbox MAILBOX = StubMailbox.start();
    static final String SUBMIT = "POST /api/mailbox/public/letters";

    static {
        // Told before the website's first page: it keeps the rules for minutes.
        MAILBOX.answer("GET /api/mailbox/public/mailboxes", 200, MailboxPagesIT.MAILBOXES);
        MAILBOX.answer("GET /api/mailbox/public/captcha", 200, MailboxPagesIT.CAPTCHA);
        MAILBOX.answer("GET /api/mailbox/public/attachment-rules", 200, """
                {"maxFiles":2,"maxBytesPerFile":1048576,"types":[
                 {"mediaType":"application/pdf","extensions":["pdf"],"label":"PDF"},
                 {"mediaType":"image/png","extensions":["png"],"label":"PNG"}]}""");
        MAILBOX.answer(SUBMIT, 201, """
                {"trackingCode":"K7PM-2XQR-9TAB","queryPassword":"H4NWE-QZ8RT"}""");
    }

    @DynamicPropertySource
    static void mailboxAddress(DynamicPropertyRegistry registry) {
        registry.add("zhengtong.services.mailbox", MAILBOX::url);
    }

    @LocalServerPort
    int port;

    private RestClient visitor() {
        return RestClient.builder()
            .requestFactory(new JdkClientHttpRequestFactory())
            .baseUrl("http://127.0.0.1:" + port)
            .defaultStatusHandler(status -> true, (request, response) -> { })
            .build();
    }

    private ResponseEntity<String> submitWith(ByteArrayResource... files) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        Map.of("type", "COMPLAINT", "subject", "路灯不亮", "content", "小区路灯坏了一个月，照片见附件。", "contactName", "张三",
                "contactPhone", "13812341234", "captchaId", "c-1", "captchaAnswer", "12").forEach(form::add);
        Arrays.stream(files).forEach(file -> form.add("attachments", file));
        return visitor().post().uri("/mailbox/county-head/write").accept(MediaType.TEXT_HTML)
            .contentType(MediaType.MULTIPART_FORM_DATA).body(form).retrieve().toEntity(String.class);
    }

    private static ByteArrayResource file(String name, byte[] bytes) {
        return new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }

    private static long mailboxListCalls() {
        return MAILBOX.requests().stream()
            .filter(r -> (r.method() + " " + r.path()).equals("GET /api/mailbox/public/mailboxes")).count();
    }

    private static long letterCalls() {
        return MAILBOX.requests().stream().filter(r -> (r.method() + " " + r.path()).equals(SUBMIT)).count();
    }

    @Test
    void theFormReadsOutTheMailboxsLimitsAndItsPickerOffersOnlyTheMailboxsKinds() {
        ResponseEntity<String> page = visitor().get().uri("/mailbox/county-head/write").accept(MediaType.TEXT_HTML).retrieve()
            .toEntity(String.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("accept=\".pdf,.png,application/pdf,image/png\"",
                "id=\"attachments-hint\" class=\"hint\">最多2个文件，每个不超过1MB，支持PDF、PNG格式。</p>")
            .doesNotContain("10MB", "JPG", "DOCX");
    }

    @Test
    void whatTheMailboxsRulesRefuseIsExplainedByThemAndNotSent() {
        long before = letterCalls();

        ResponseEntity<String> photo = submitWith(file("照片.jpg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }));
        ResponseEntity<String> tooBig = submitWith(file("扫描件.pdf", new byte[1024 * 1024 + 1]));
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        ResponseEntity<String> tooMany = submitWith(file("1.pdf", pdf), file("2.pdf", pdf), file("3.pdf", pdf));

        assertThat(List.of(photo, tooBig, tooMany)).extracting(ResponseEntity::getStatusCode)
            .containsOnly(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(List.of(photo.getBody(), tooBig.getBody(), tooMany.getBody())).satisfiesExactly(
                page -> assertThat(page).contains("附件“照片.jpg”的格式不支持，只能上传PDF或PNG文件。"),
                page -> assertThat(page).contains("附件“扫描件.pdf”超过1MB（1.0MB），请压缩或分开后再上传。"),
                page -> assertThat(page).contains("最多可上传2个附件，您选择了3个。"));
        assertThat(letterCalls()).as("nothing sent to the mailbox").isEqualTo(before);
    }

    @Test
    void twoFilesWithinTheMailboxsRulesGoToTheMailboxWithTheLetter() {
        byte[] pdf = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

        ResponseEntity<String> page = submitWith(file("说明.pdf", pdf), file("现场.png", new byte[1024 * 1024]));

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("信件已提交", "K7PM-2XQR-9TAB");
        assertThat(MAILBOX.last(SUBMIT).body()).contains("说明.pdf", "现场.png", "Content-Type: image/png");
    }

    @Test
    void theMailboxPageAndItsLetterFormsAskTheMailboxForItsListAtMostOnceAMinute() {
        long before = mailboxListCalls();

        for (String path : List.of("/mailbox", "/mailbox/county-head/write", "/mailbox/education/write", "/mailbox",
                "/mailbox/county-head/write")) {
            assertThat(visitor().get().uri(path).accept(MediaType.TEXT_HTML).retrieve().toEntity(String.class)
                .getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
        }

        // None if an earlier test's page already asked within the minute, else the first page.
        assertThat(mailboxListCalls() - before).isLessThanOrEqualTo(1);
    }
}
