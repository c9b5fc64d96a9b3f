package io.zhengtong.exchange.sending;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import io.zhengtong.platform.directory.OrganisationDirectory;
import io.zhengtong.platform.test.IntegrationTest;
import io.zhengtong.platform.test.KeycloakTokens;

/** The sending unit's approval and dispatch through HTTP, with real tokens, database and keys. */
@IntegrationTest
@SuppressWarnings({"rawtypes", "unchecked"})
class OutgoingDocumentsIT {

    static final String ZHANG_WEI = "zhang.wei"; // staff + editor, gov-office
    static final String LI_NA = "li.na"; // reviewer, gov-office
    static final String LIU_YANG = "liu.yang"; // leader, gov-office
    static final String YANG_MIN = "yang.min"; // staff, education
    static final byte[] PDF = "%PDF-1.7\n1 0 obj<<>>endobj\n%%EOF\n".getBytes();
    static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    @LocalServerPort
    int port;

    @Autowired
    OrganisationDirectory directory;

    ResponseEntity<Map> call(String user, String method, String uri, Object body) {
        RestClient http = RestClient.builder().baseUrl("http://127.0.0.1:" + port)
            .defaultStatusHandler(status -> true, (request, response) -> { }).build();
        var spec = http.method(org.springframework.http.HttpMethod.valueOf(method)).uri(uri)
            .headers(h -> h.setBearerAuth(TOKENS.computeIfAbsent(user, KeycloakTokens::accessToken)));
        if (body != null) {
            spec = spec.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return spec.retrieve().toEntity(Map.class);
    }

    Map<String, Object> draft(String classification) {
        ResponseEntity<Map> created = call(ZHANG_WEI, "POST", "/api/exchange/outgoing", Map.of(
                "classification", classification, "urgency", "加急", "title", "关于做好森林防火工作的通知",
                "mainRecipients", List.of("education"), "copyRecipients", List.of("culture-tourism"),
                "disclosure", "主动公开",
                "body", Map.of("name", "正文.pdf", "content", Base64.getEncoder().encodeToString(PDF)),
                "attachments", List.of(Map.of("name", "附件1.pdf", "content", Base64.getEncoder().encodeToString(PDF)))));
        assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isEqualTo(201);
        return created.getBody();
    }

    Map<String, Object> step(String user, Map<String, Object> document, String step, String remark) {
        ResponseEntity<Map> response = call(user, "POST", "/api/exchange/outgoing/" + document.get("id") + "/" + step,
                remark == null ? Map.of("version", document.get("version"))
                        : Map.of("version", document.get("version"), "remark", remark));
        assertThat(response.getStatusCode().value()).as(step + ": " + response.getBody()).isEqualTo(200);
        return response.getBody();
    }

    @Test
    void aDraftGoesThroughCheckingAndSignOffAndIsDispatchedWithTheNextNumberAndAValidSignature() {
        Map<String, Object> draft = draft("");
        assertThat(draft).containsEntry("status", "DRAFTING").containsEntry("version", 0);
        String prefix = directory.unit("gov-office").orElseThrow().shortName();
        assertThat(draft).containsEntry("prefix", prefix);

        Map<String, Object> submitted = step(ZHANG_WEI, draft, "submit", null);
        Map<String, Object> checked = step(LI_NA, submitted, "check", "文字已核");
        Map<String, Object> signedOff = step(LIU_YANG, checked, "sign-off", "同意");
        assertThat(signedOff).containsEntry("status", "SIGNED_OFF").containsEntry("signatory", "刘洋");
        Map<String, Object> dispatched = step(ZHANG_WEI, signedOff, "dispatch", null);

        int year = Year.now(ZoneId.of("Asia/Shanghai")).getValue();
        assertThat((String) dispatched.get("number")).matches(java.util.regex.Pattern.quote(prefix + "〔" + year + "〕")
                + "[1-9][0-9]*号");
        assertThat(dispatched).containsEntry("status", "DISPATCHED").containsEntry("version", 4);
        Map<String, Object> signature = (Map<String, Object>) dispatched.get("signature");
        assertThat(signature).containsEntry("signerUnitCode", "gov-office").containsEntry("algorithm", "sm2-sm3");
        assertThat((Map<String, Object>) signature.get("verification")).containsEntry("status", "VALID");
        assertThat((List<Map<String, Object>>) dispatched.get("copies")).extracting(c -> c.get("copyNumber"))
            .containsExactly("000001", "000002");
        assertThat((List<Map<String, Object>>) dispatched.get("history")).extracting(h -> h.get("action"))
            .containsExactly("COMPOSED", "SUBMITTED", "REVIEWED", "APPROVED", "DISPATCHED");

        Map<String, Object> reloaded = call(LI_NA, "GET", "/api/exchange/outgoing/" + draft.get("id"), null).getBody();
        assertThat(reloaded).containsEntry("number", dispatched.get("number"));
        assertThat((Map<String, Object>) ((Map<String, Object>) reloaded.get("signature")).get("verification"))
            .containsEntry("status", "VALID");

        Map<String, Object> audit = call(ZHANG_WEI, "GET", "/api/exchange/outgoing/" + draft.get("id") + "/audit", null)
            .getBody();
        assertThat(audit).containsEntry("intact", true).containsEntry("entries", 5);
    }

    @Test
    void twoDispatchesOfTheOfficeGetConsecutiveNumbers() {
        Map<String, Object> first = dispatchedDocument();
        Map<String, Object> second = dispatchedDocument();
        int a = sequence((String) first.get("number"));
        int b = sequence((String) second.get("number"));
        assertThat(b).isEqualTo(a + 1);
    }

    Map<String, Object> dispatchedDocument() {
        Map<String, Object> d = step(ZHANG_WEI, draft(""), "submit", null);
        d = step(LI_NA, d, "check", null);
        d = step(LIU_YANG, d, "sign-off", null);
        return step(ZHANG_WEI, d, "dispatch", null);
    }

    static int sequence(String number) {
        return Integer.parseInt(number.substring(number.indexOf('〕') + 1, number.length() - 1));
    }

    @Test
    void anotherUnitNeitherSeesNorActsOnTheOfficesDocument() {
        Map<String, Object> draft = draft("");
        String base = "/api/exchange/outgoing/" + draft.get("id");
        Map<String, Object> step = Map.of("version", 0, "remark", "退回");

        assertThat(call(YANG_MIN, "GET", base, null).getStatusCode().value()).isEqualTo(404);
        assertThat(call(YANG_MIN, "GET", base + "/files/0", null).getStatusCode().value()).isEqualTo(404);
        assertThat(call(YANG_MIN, "GET", base + "/audit", null).getStatusCode().value()).isEqualTo(404);
        for (String action : List.of("submit", "check", "send-back", "sign-off", "dispatch")) {
            assertThat(call(YANG_MIN, "POST", base + "/" + action, step).getStatusCode().value()).as(action).isEqualTo(404);
        }
        RestClient http = RestClient.builder().baseUrl("http://127.0.0.1:" + port).build();
        List<Map<String, Object>> theirs = (List<Map<String, Object>>) http.get().uri("/api/exchange/outgoing?size=100")
            .headers(h -> h.setBearerAuth(TOKENS.computeIfAbsent(YANG_MIN, KeycloakTokens::accessToken)))
            .retrieve().body(Map.class).get("content");
        assertThat(theirs).extracting(d -> d.get("id")).doesNotContain(draft.get("id"));
        List<Map<String, Object>> ours = (List<Map<String, Object>>) http.get().uri("/api/exchange/outgoing?status=DRAFTING")
            .headers(h -> h.setBearerAuth(TOKENS.computeIfAbsent(ZHANG_WEI, KeycloakTokens::accessToken)))
            .retrieve().body(Map.class).get("content");
        assertThat(ours).extracting(d -> d.get("id")).contains(draft.get("id"));
        assertThat(call(ZHANG_WEI, "GET", base, null).getBody()).containsEntry("status", "DRAFTING");
    }

    @Test
    void theOfficeDownloadsTheBodyAsItWasUploaded() {
        Map<String, Object> draft = draft("");
        RestClient http = RestClient.builder().baseUrl("http://127.0.0.1:" + port).build();
        byte[] body = http.get().uri("/api/exchange/outgoing/" + draft.get("id") + "/files/0")
            .headers(h -> h.setBearerAuth(TOKENS.computeIfAbsent(LI_NA, KeycloakTokens::accessToken)))
            .retrieve().body(byte[].class);
        assertThat(body).isEqualTo(PDF);
    }

    @Test
    void aStepOnAVersionSomeoneElseAlreadyChangedIsAConflictAndChangesNothing() {
        Map<String, Object> draft = draft("");
        step(ZHANG_WEI, draft, "submit", null);

        ResponseEntity<Map> stale = call(LI_NA, "POST", "/api/exchange/outgoing/" + draft.get("id") + "/check",
                Map.of("version", 0));
        assertThat(stale.getStatusCode().value()).isEqualTo(409);
        assertThat(call(LI_NA, "GET", "/api/exchange/outgoing/" + draft.get("id"), null).getBody())
            .containsEntry("status", "CHECKING").containsEntry("version", 1);
    }

    @Test
    void aReviewerCannotSignOffAndNothingChanges() {
        Map<String, Object> d = step(LI_NA, step(ZHANG_WEI, draft(""), "submit", null), "check", null);
        ResponseEntity<Map> refused = call(LI_NA, "POST", "/api/exchange/outgoing/" + d.get("id") + "/sign-off",
                Map.of("version", d.get("version")));
        assertThat(refused.getStatusCode().value()).isEqualTo(403);
        assertThat(call(LI_NA, "GET", "/api/exchange/outgoing/" + d.get("id"), null).getBody())
            .containsEntry("status", "AWAITING_SIGN_OFF");
    }

    @Test
    void aDocumentMarkedSecretIsRefusedWithAClearMessage() {
        ResponseEntity<Map> refused = call(ZHANG_WEI, "POST", "/api/exchange/outgoing", Map.of(
                "classification", "秘密", "title", "关于某事项的通知", "mainRecipients", List.of("education"),
                "disclosure", "不予公开", "body", Map.of("name", "正文.pdf", "content", Base64.getEncoder().encodeToString(PDF))));
        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(String.valueOf(refused.getBody())).contains("秘密");
    }

    @Test
    void aBodyThatIsNotAPdfIsRefused() {
        ResponseEntity<Map> refused = call(ZHANG_WEI, "POST", "/api/exchange/outgoing", Map.of(
                "title", "关于某事项的通知", "mainRecipients", List.of("education"), "disclosure", "主动公开",
                "body", Map.of("name", "正文.pdf", "content", Base64.getEncoder().encodeToString("<html>".getBytes()))));
        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        assertThat(refused.getBody()).containsEntry("type", "urn:zhengtong:problem:body-not-pdf");
    }
}
