package io.zhengtong.portal.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.mock.http.MockHttpOutputMessage;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import io.zhengtong.platform.test.IntegrationTest;

/**
 * Files attached to a letter on the website: sent on to the mailbox service with the letter, and
 * a wrong kind of file or one too big explained at the file field in Chinese, with what was typed
 * kept (mailbox-service played by a stub; the browser test uses the real one). This stub cannot
 * tell its attachment rules (500), so the website works from its built-in fallback (3 files of
 * 10 MB, PDF, JPG, PNG, DOCX); {@link LetterAttachmentRulesIT} has a mailbox that tells them.
 */
@IntegrationTest
class LetterAttachmentPagesIT {

    static final StubMailbox MAILBOX = StubMailbox.start();
    static final String SUBMIT = "POST /api/mailbox/public/letters";
    static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
        .getBytes(StandardCharsets.US_ASCII);

    @DynamicPropertySource
    static void mailboxAddress(DynamicPropertyRegistry registry) {
        registry.add("zhengtong.services.mailbox", MAILBOX::url);
    }

    @LocalServerPort
    int port;

    @BeforeEach
    void mailboxAnswers() {
        MAILBOX.answer("GET /api/mailbox/public/mailboxes", 200, MailboxPagesIT.MAILBOXES);
        MAILBOX.answer("GET /api/mailbox/public/captcha", 200, MailboxPagesIT.CAPTCHA);
        MAILBOX.answer("GET /api/mailbox/public/attachment-rules", 500, """
                {"type":"about:blank","title":"Internal Server Error","status":500}""");
        MAILBOX.forget(SUBMIT);
    }

    private ResponseEntity<String> submitWith(ByteArrayResource... files) {
        return RestClient.builder()
            .requestFactory(new JdkClientHttpRequestFactory())
            .baseUrl("http://127.0.0.1:" + port)
            .defaultStatusHandler(status -> true, (request, response) -> { })
            .build()
            .post().uri("/mailbox/county-head/write").accept(MediaType.TEXT_HTML).header("X-Forwarded-For", "203.0.113.7")
            .contentType(MediaType.MULTIPART_FORM_DATA).body(form(files)).retrieve().toEntity(String.class);
    }

    private static MultiValueMap<String, Object> form(ByteArrayResource... files) {
        MultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        Map.of("type", "COMPLAINT", "subject", "路灯不亮", "content", "小区路灯坏了一个月，照片见附件。", "contactName", "张三",
                "contactPhone", "13812341234", "captchaId", "c-1", "captchaAnswer", "12").forEach(form::add);
        Arrays.stream(files).forEach(file -> form.add("attachments", file));
        return form;
    }

    /**
     * Sends the form as a browser does, reading the answer while the body goes out, and answers
     * the raw HTTP answer. The server answers a body over its limit as soon as it has read that
     * much and then closes the connection; Java's HTTP clients fail on the body's last bytes then
     * and drop the answer. HTTP/1.0, so the answer comes unchunked.
     */
    private String submitLikeABrowserWith(ByteArrayResource... files) throws Exception {
        FormHttpMessageConverter multipart = new FormHttpMessageConverter();
        multipart.setMultipartCharset(StandardCharsets.UTF_8);
        MockHttpOutputMessage body = new MockHttpOutputMessage();
        multipart.write(form(files), MediaType.MULTIPART_FORM_DATA, body);
        byte[] bytes = body.getBodyAsBytes();
        try (Socket socket = new Socket("127.0.0.1", port)) {
            CompletableFuture<byte[]> answer = CompletableFuture.supplyAsync(() -> {
                try {
                    return socket.getInputStream().readAllBytes();
                }
                catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            try {
                OutputStream out = socket.getOutputStream();
                out.write(("POST /mailbox/county-head/write HTTP/1.0\r\nHost: 127.0.0.1\r\nAccept: text/html\r\n"
                        + "Content-Type: " + body.getHeaders().getContentType() + "\r\nContent-Length: " + bytes.length
                        + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(bytes);
            }
            catch (IOException closedBeforeTheEnd) {
                // the server stopped reading: its answer is what counts
            }
            return new String(answer.get(30, TimeUnit.SECONDS), StandardCharsets.UTF_8);
        }
    }

    private static ByteArrayResource file(String name, byte[] bytes) {
        return new ByteArrayResource(bytes) {
            @Override
            public String getFilename() {
                return name;
            }
        };
    }

    private int letterCalls() {
        return (int) MAILBOX.requests().stream().filter(r -> (r.method() + " " + r.path()).equals(SUBMIT)).count();
    }

    @Test
    void withTheMailboxUnableToTellItsRulesTheFormStillOffersUpToThreeFilesWithTheBuiltInLimitsReadAloud() {
        ResponseEntity<String> page = RestClient.create("http://127.0.0.1:" + port).get().uri("/mailbox/county-head/write")
            .retrieve().toEntity(String.class);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("enctype=\"multipart/form-data\"", "<label for=\"field-attachments\">附件（选填）</label>",
                "id=\"field-attachments\" name=\"attachments\" type=\"file\" multiple",
                "accept=\".pdf,.jpg,.jpeg,.png,.docx,application/pdf,image/jpeg,image/png,"
                        + "application/vnd.openxmlformats-officedocument.wordprocessingml.document\"",
                "aria-describedby=\"attachments-hint\"",
                "id=\"attachments-hint\" class=\"hint\">最多3个文件，每个不超过10MB，支持PDF、JPG、PNG、Word（DOCX）格式。</p>");
        assertThat(MAILBOX.last("GET /api/mailbox/public/attachment-rules")).as("the website asked the mailbox first").isNotNull();
    }

    @Test
    void aLetterWithAPdfGoesToTheMailboxAsOneRequestWithTheLetterAndTheFile() {
        MAILBOX.answer(SUBMIT, 201, """
                {"trackingCode":"K7PM-2XQR-9TAB","queryPassword":"H4NWE-QZ8RT"}""");

        ResponseEntity<String> page = submitWith(file("现场照片说明.pdf", PDF));

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("信件已提交", "K7PM-2XQR-9TAB");
        StubMailbox.Request sent = MAILBOX.last(SUBMIT);
        assertThat(sent.header("Content-Type")).startsWith("multipart/form-data");
        assertThat(sent.header("X-Forwarded-For")).isEqualTo("203.0.113.7");
        assertThat(sent.body()).contains("name=\"letter\"", "Content-Type: application/json", "\"mailbox\":\"county-head\"",
                "\"captchaAnswer\":\"12\"", "name=\"attachments\"", "现场照片说明.pdf", "%PDF-1.4");
    }

    @Test
    void aLetterWithoutFilesStillGoesAsJson() {
        MAILBOX.answer(SUBMIT, 201, """
                {"trackingCode":"K7PM-2XQR-9TAB","queryPassword":"H4NWE-QZ8RT"}""");

        ResponseEntity<String> page = submitWith(file("", new byte[0]));

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(MAILBOX.last(SUBMIT).header("Content-Type")).startsWith("application/json");
    }

    @Test
    void aProgramFileIsExplainedAtTheFileFieldAndNothingIsSent() {
        int before = letterCalls();

        ResponseEntity<String> page = submitWith(file("照片.exe", "MZ".getBytes(StandardCharsets.US_ASCII)));

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(page.getBody()).contains("id=\"error-attachments\">附件“照片.exe”的格式不支持，只能上传PDF、JPG、PNG或Word（DOCX）文件。</p>",
                "href=\"#field-attachments\"", "aria-describedby=\"attachments-hint error-attachments\"", "请再次选择附件",
                ">小区路灯坏了一个月，照片见附件。</textarea>", "value=\"13812341234\"");
        assertThat(letterCalls()).isEqualTo(before);
    }

    @Test
    void aFileOverTenMegabytesAndAFourthFileAreExplainedNotFailed() {
        int before = letterCalls();

        ResponseEntity<String> tooBig = submitWith(file("扫描件.pdf", new byte[10 * 1024 * 1024 + 1]));
        ResponseEntity<String> tooMany = submitWith(file("1.pdf", PDF), file("2.pdf", PDF), file("3.pdf", PDF), file("4.pdf", PDF));

        assertThat(tooBig.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(tooBig.getBody()).contains("附件“扫描件.pdf”超过10MB（10.0MB），请压缩或分开后再上传。");
        assertThat(tooMany.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(tooMany.getBody()).contains("最多可上传3个附件，您选择了4个。");
        assertThat(letterCalls()).isEqualTo(before);
    }

    @Test
    void aFileOverTheUploadLimitGetsTheFriendlyTooLargePageNotAnErrorAndNothingIsSent() throws Exception {
        int before = letterCalls();

        // Just over the 20 MB the website takes at all (max-file-size), so the form never sees it.
        String answer = submitLikeABrowserWith(file("整卷扫描.pdf", new byte[20 * 1024 * 1024 + 1]));

        assertThat(answer).startsWith("HTTP/1.1 413 ").containsPattern("(?i)content-type: text/html;charset=UTF-8")
            .contains("<html lang=\"zh-CN\">", "上传的文件太大",
                    "内容未提交。上传的文件超过了网站允许的大小，请返回上一页，按表单上说明的要求重新选择附件后提交。")
            .doesNotContain("Whitelabel", "MaxUploadSize", "application/problem+json");
        assertThat(letterCalls()).isEqualTo(before);
    }

    @Test
    void theMailboxsRefusalOfAFileWhoseContentIsNotItsNameIsShownAtTheFileField() {
        MAILBOX.answer(SUBMIT, 422, """
                {"type":"urn:zhengtong:problem:attachment-rejected","title":"附件不符合要求","status":422,
                 "detail":"附件不符合要求，信件未提交，请修改后重试。",
                 "errors":[{"field":"attachments[0]","message":"附件“照片.png”的内容不是PNG图片。"}]}""");

        ResponseEntity<String> page = submitWith(file("照片.png", PDF));

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(page.getBody()).contains("id=\"error-attachments\">附件“照片.png”的内容不是PNG图片。</p>",
                "name=\"captchaId\" value=\"c-1\"");
    }
}
