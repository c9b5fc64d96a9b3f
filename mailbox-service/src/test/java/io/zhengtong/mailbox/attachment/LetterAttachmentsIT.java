package io.zhengtong.mailbox.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhengtong.mailbox.testsupport.CitizenSubmission;
import io.zhengtong.platform.test.IntegrationTest;
import io.zhengtong.platform.test.KeycloakTokens;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

/**
 * A citizen writes with files through HTTP (multipart, on the same address as the JSON letter);
 * staff who may see the letter download them exactly as sent; other units and anonymous callers
 * cannot; a bad file refuses the whole letter with a Chinese field error and saves nothing.
 */
@IntegrationTest
class LetterAttachmentsIT {

    static final String DISPATCHER = "wang.fang"; // dispatcher, petition (owns 信访局信箱)
    static final String HOUSING_CLERK = "zhao.lei"; // staff, housing
    static final String EDUCATION_CLERK = "yang.min"; // staff, education
    static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    RestClient http;

    @BeforeEach
    void connect() {
        http = RestClient.builder().baseUrl("http://127.0.0.1:" + port)
            .defaultStatusHandler(status -> true, (request, response) -> { }).build();
    }

    @Test
    void aPhotoAndAWordDocumentArriveWithTheLetterAndTheDispatcherDownloadsThemAsSent() {
        byte[] photo = SampleFiles.png();
        byte[] docx = SampleFiles.docx();
        String subject = "井盖缺失 " + UUID.randomUUID();

        ResponseEntity<Map> receipt = submit(letter(subject), file("现场照片.png", photo), file("情况说明.docx", docx));

        assertThat(receipt.getStatusCode().value()).as(String.valueOf(receipt.getBody())).isEqualTo(201);
        assertThat(receipt.getBody()).containsKeys("trackingCode", "queryPassword");
        String id = letterId((String) receipt.getBody().get("trackingCode"));

        List<Map<String, Object>> lines = (List<Map<String, Object>>) list(DISPATCHER, id).getBody();
        assertThat(lines).extracting(l -> l.get("position"), l -> l.get("fileName"), l -> l.get("contentType"), l -> l.get("size"))
            .containsExactly(
                    org.assertj.core.groups.Tuple.tuple(1, "现场照片.png", "image/png", photo.length),
                    org.assertj.core.groups.Tuple.tuple(2, "情况说明.docx",
                            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.length));

        ResponseEntity<byte[]> download = download(DISPATCHER, id, 1);
        assertThat(download.getStatusCode().value()).isEqualTo(200);
        assertThat(download.getBody()).isEqualTo(photo);
        assertThat(download.getHeaders().getContentType()).isEqualTo(MediaType.IMAGE_PNG);
        assertThat(download.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment;")
            .contains("filename*=UTF-8''%E7%8E%B0%E5%9C%BA%E7%85%A7%E7%89%87.png");
        assertThat(download.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(download(DISPATCHER, id, 2).getBody()).isEqualTo(docx);
        assertThat(download(DISPATCHER, id, 3).getStatusCode().value()).isEqualTo(404);

        // At rest neither the file nor its name is readable.
        Map<String, Object> row = jdbc.queryForMap(
                "select file_name_enc, content_enc from letter_attachment where letter_id = ? and position = 1", id);
        assertThat((String) row.get("file_name_enc")).doesNotContain("现场照片");
        byte[] stored = (byte[]) row.get("content_enc");
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("PNG", "IHDR");
        assertThat(Arrays.equals(stored, photo)).isFalse();
    }

    @Test
    void onlyStaffWhoMaySeeTheLetterReachItsFiles() {
        ResponseEntity<Map> receipt = submit(letter("漏水 " + UUID.randomUUID()), file("漏水.pdf", SampleFiles.pdf()));
        String id = letterId((String) receipt.getBody().get("trackingCode"));

        // Another unit's clerk gets the letter's 404; nobody gets anything without a login.
        assertThat(list(EDUCATION_CLERK, id).getStatusCode().value()).isEqualTo(404);
        assertThat(download(EDUCATION_CLERK, id, 1).getStatusCode().value()).isEqualTo(404);
        assertThat(download(HOUSING_CLERK, id, 1).getStatusCode().value()).isEqualTo(404);
        assertThat(http.get().uri("/api/mailbox/letters/{id}/attachments/1", id).retrieve().toBodilessEntity()
            .getStatusCode().value()).isEqualTo(401);
        assertThat(http.get().uri("/api/mailbox/public/letters/{id}/attachments/1", id).retrieve().toBodilessEntity()
            .getStatusCode().value()).isIn(401, 404);

        // Once the housing bureau leads the letter, its clerk may download the file.
        Map<String, Object> letter = act(DISPATCHER, id, "accept", Map.of("version", version(id)));
        act(DISPATCHER, id, "assign", Map.of("version", letter.get("version"), "leadUnit", "housing"));
        assertThat(download(HOUSING_CLERK, id, 1).getBody()).isEqualTo(SampleFiles.pdf());
        assertThat(download(EDUCATION_CLERK, id, 1).getStatusCode().value()).isEqualTo(404);
    }

    @Test
    void aProgramCalledPdfRefusesTheLetterWithAChineseFieldErrorAndSavesNothing() {
        String subject = "伪装文件 " + UUID.randomUUID();

        ResponseEntity<Map> refused = submit(letter(subject), file("照片.jpg", SampleFiles.jpeg()),
                file("发票.pdf", SampleFiles.windowsProgram()));

        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(refused.getBody()).containsEntry("title", "附件不符合要求")
            .containsEntry("type", "urn:zhengtong:problem:attachment-rejected");
        assertThat((List<Map<String, Object>>) refused.getBody().get("errors")).containsExactly(
                Map.of("field", "attachments[1]", "message", "附件“发票.pdf”不是PDF、JPG、PNG或Word（DOCX）文件，无法上传。"));
        assertThat(jdbc.queryForObject("select count(*) from letter where subject = ?", Integer.class, subject)).isZero();
    }

    @Test
    void aFourthFileRefusesTheLetter() {
        String subject = "附件过多 " + UUID.randomUUID();
        var pdf = file("a.pdf", SampleFiles.pdf());

        ResponseEntity<Map> refused = submit(letter(subject), pdf, pdf, pdf, pdf);

        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat((List<Map<String, Object>>) refused.getBody().get("errors"))
            .containsExactly(Map.of("field", "attachments", "message", "最多可上传3个附件，您选择了4个。"));
        assertThat(jdbc.queryForObject("select count(*) from letter where subject = ?", Integer.class, subject)).isZero();
    }

    @Test
    void aFileOverTenMegabytesIsRefusedWithTheLimitInChinese() {
        String subject = "大文件 " + UUID.randomUUID();

        ResponseEntity<Map> refused = submit(letter(subject), file("扫描件.pdf", SampleFiles.sized(SampleFiles.pdf(), 10 * 1024 * 1024 + 1)));

        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat((List<Map<String, Object>>) refused.getBody().get("errors"))
            .containsExactly(Map.of("field", "attachments[0]", "message", "附件“扫描件.pdf”超过10MB，请压缩或分开后再上传。"));
        assertThat(jdbc.queryForObject("select count(*) from letter where subject = ?", Integer.class, subject)).isZero();
    }

    @Test
    void theLetterPartIsValidatedLikeTheJsonLetter() {
        Map<String, Object> form = letter("");
        form.put("contactPhone", "12345");

        ResponseEntity<Map> refused = submit(form, file("a.pdf", SampleFiles.pdf()));

        assertThat(refused.getStatusCode().value()).isEqualTo(400);
        assertThat((List<Map<String, Object>>) refused.getBody().get("errors")).extracting(e -> e.get("field"))
            .contains("subject", "contactPhone");
    }

    @Test
    void aMultipartLetterWithoutFilesAndTheJsonLetterBothStillWork() {
        assertThat(submit(letter("无附件 " + UUID.randomUUID())).getStatusCode().value()).isEqualTo(201);
        CitizenSubmission citizen = CitizenSubmission.solve(http);
        ResponseEntity<Map> json = http.post().uri("/api/mailbox/public/letters").headers(citizen::from)
            .contentType(MediaType.APPLICATION_JSON).body(citizen.fill(letter("JSON来信 " + UUID.randomUUID())))
            .retrieve().toEntity(Map.class);
        assertThat(json.getStatusCode().value()).isEqualTo(201);
    }

    @Test
    void aLetterWithFilesNeedsTheSolvedCaptchaAndCountsAgainstTheAddressLikeOneWithout() {
        String subject = "无验证码 " + UUID.randomUUID();

        CitizenSubmission fetched = CitizenSubmission.solve(http);
        CitizenSubmission wronglyAnswered = new CitizenSubmission(fetched.captchaId(), "99", fetched.address());

        ResponseEntity<Map> unsolved = submit(wronglyAnswered, letter(subject), file("a.pdf", SampleFiles.pdf()));

        assertThat(unsolved.getStatusCode().value()).isEqualTo(422);
        assertThat(unsolved.getBody()).containsEntry("type", "urn:zhengtong:problem:captcha-not-solved");
        assertThat(jdbc.queryForObject("select count(*) from letter where subject = ?", Integer.class, subject)).isZero();

        String address = CitizenSubmission.randomAddress();
        for (int i = 1; i <= 5; i++) {
            assertThat(submit(CitizenSubmission.solve(http, address), letter("附件第" + i + "封 " + UUID.randomUUID()),
                    file("a.pdf", SampleFiles.pdf())).getStatusCode().value()).as("letter %d", i).isEqualTo(201);
        }
        ResponseEntity<Map> sixth = submit(CitizenSubmission.solve(http, address), letter(subject), file("a.pdf", SampleFiles.pdf()));
        assertThat(sixth.getStatusCode().value()).isEqualTo(429);
        assertThat(sixth.getBody()).containsEntry("type", "urn:zhengtong:problem:letter-rate-limited");
        assertThat(jdbc.queryForObject("select count(*) from letter where subject = ?", Integer.class, subject)).isZero();
    }

    @Test
    void aLoggedInCitizensLetterWithFilesNeedsNoCaptchaAndIsLinkedToTheAccount() {
        String subject = "登录附件 " + UUID.randomUUID();

        ResponseEntity<Map> receipt = post("/api/mailbox/citizen/letters", token("wang.xiaoming"), letter(subject),
                CitizenSubmission.randomAddress(), file("现场.pdf", SampleFiles.pdf()));

        assertThat(receipt.getStatusCode().value()).as(String.valueOf(receipt.getBody())).isEqualTo(201);
        assertThat(receipt.getBody()).containsKeys("trackingCode", "queryPassword");
        String id = jdbc.queryForObject("select id from letter where subject = ?", String.class, subject);
        assertThat(jdbc.queryForObject("select count(*) from letter_attachment where letter_id = ?", Integer.class, id))
            .isEqualTo(1);
        assertThat(jdbc.queryForObject("select username from letter_writer where letter_id = ?", String.class, id))
            .isEqualTo("wang.xiaoming");
        assertThat(post("/api/mailbox/citizen/letters", null, letter(subject), CitizenSubmission.randomAddress(),
                file("现场.pdf", SampleFiles.pdf())).getStatusCode().value()).as("without login").isEqualTo(401);
    }

    @Test
    void aLoggedInCitizensLetterWithFilesAndWithoutMobileNumberIsAnsweredAtTheAccountsEmailAddress() {
        Map<String, Object> form = letter("登录无手机 " + UUID.randomUUID());
        form.put("contactPhone", null);

        ResponseEntity<Map> receipt = post("/api/mailbox/citizen/letters", token("wang.xiaoming"), form,
                CitizenSubmission.randomAddress(), file("现场.pdf", SampleFiles.pdf()));

        assertThat(receipt.getStatusCode().value()).as(String.valueOf(receipt.getBody())).isEqualTo(201);
        String id = letterId((String) receipt.getBody().get("trackingCode"));
        Map<String, Object> detail = http.get().uri("/api/mailbox/letters/{id}", id)
            .headers(h -> h.setBearerAuth(token(DISPATCHER))).retrieve().body(Map.class);
        assertThat(detail).containsEntry("contactEmail", "wang.xiaoming@example.com");
        assertThat(post("/api/mailbox/public/letters", null, CitizenSubmission.solve(http).fill(form),
                CitizenSubmission.randomAddress(), file("现场.pdf", SampleFiles.pdf())).getStatusCode().value())
            .as("without login the mobile number stays required").isEqualTo(400);
    }

    // --- helpers -----------------------------------------------------------------------------

    record NamedFile(String name, byte[] content) {
    }

    static NamedFile file(String name, byte[] content) {
        return new NamedFile(name, content);
    }

    static Map<String, Object> letter(String subject) {
        Map<String, Object> form = new HashMap<>();
        form.put("mailbox", "petition");
        form.put("type", "COMPLAINT");
        form.put("subject", subject);
        form.put("content", "小区门口井盖缺失，夜间行人容易跌倒，照片见附件。");
        form.put("contactName", "赵六");
        form.put("contactPhone", "13700001234");
        form.put("consentToPublish", false);
        form.put("anonymous", false);
        return form;
    }

    /** Writes with files as a citizen does: a solved captcha in the letter part, from a fresh address. */
    ResponseEntity<Map> submit(Map<String, Object> form, NamedFile... files) {
        return submit(CitizenSubmission.solve(http), form, files);
    }

    ResponseEntity<Map> submit(CitizenSubmission citizen, Map<String, Object> form, NamedFile... files) {
        return post(citizen.fill(form), citizen.address(), files);
    }

    /** The multipart request exactly as given: {@code letterPart} is sent as it is, from {@code address}. */
    ResponseEntity<Map> post(Map<String, Object> letterPart, String address, NamedFile... files) {
        return post("/api/mailbox/public/letters", null, letterPart, address, files);
    }

    /** The same to {@code uri}, with the caller's token unless {@code token} is null. */
    ResponseEntity<Map> post(String uri, String token, Map<String, Object> letterPart, String address, NamedFile... files) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        HttpHeaders json = new HttpHeaders();
        json.setContentType(MediaType.APPLICATION_JSON);
        body.add("letter", new HttpEntity<>(letterPart, json));
        for (NamedFile file : files) {
            HttpHeaders part = new HttpHeaders();
            // The browser's type is deliberately wrong: only the content counts.
            part.setContentType(MediaType.APPLICATION_OCTET_STREAM);
            part.setContentDisposition(ContentDisposition.formData().name("attachments").filename(file.name(), StandardCharsets.UTF_8)
                .build());
            body.add("attachments", new HttpEntity<>(file.content(), part));
        }
        return http.post().uri(uri).header("X-Forwarded-For", address).headers(h -> {
                if (token != null) {
                    h.setBearerAuth(token);
                }
            })
            .contentType(MediaType.MULTIPART_FORM_DATA).body(body).retrieve().toEntity(Map.class);
    }

    String letterId(String code) {
        Map<String, Object> found = http.get().uri("/api/mailbox/letters?q={code}", code)
            .headers(h -> h.setBearerAuth(token(DISPATCHER))).retrieve().body(Map.class);
        return (String) ((List<Map<String, Object>>) found.get("content")).getFirst().get("id");
    }

    long version(String id) {
        Map<String, Object> detail = http.get().uri("/api/mailbox/letters/{id}", id).headers(h -> h.setBearerAuth(token(DISPATCHER)))
            .retrieve().body(Map.class);
        return ((Number) detail.get("version")).longValue();
    }

    Map<String, Object> act(String user, String id, String step, Map<String, Object> body) {
        var answer = http.post().uri("/api/mailbox/letters/{id}/" + step, id).headers(h -> h.setBearerAuth(token(user)))
            .contentType(MediaType.APPLICATION_JSON).body(body).retrieve().toEntity(Map.class);
        assertThat(answer.getStatusCode().value()).as(user + " " + step + ": " + answer.getBody()).isEqualTo(200);
        return answer.getBody();
    }

    /** The list, or the problem detail when refused. */
    ResponseEntity<Object> list(String user, String id) {
        return http.get().uri("/api/mailbox/letters/{id}/attachments", id).headers(h -> h.setBearerAuth(token(user))).retrieve()
            .toEntity(Object.class);
    }

    ResponseEntity<byte[]> download(String user, String id, int position) {
        return http.get().uri("/api/mailbox/letters/{id}/attachments/{position}", id, position)
            .headers(h -> h.setBearerAuth(token(user))).retrieve().toEntity(byte[].class);
    }

    static String token(String user) {
        return TOKENS.computeIfAbsent(user, KeycloakTokens::accessToken);
    }
}
