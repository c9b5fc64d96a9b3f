package io.zhengtong.exchange.receiving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import io.zhengtong.platform.test.KeycloakTokens;

/**
 * The exchange's HTTP API as the integration tests use it: real tokens per demo user, any status
 * answered (the test asserts it), and the usual way to get a document into recipients' inboxes.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
public final class ExchangeClient {

    public static final String ZHANG_WEI = "zhang.wei"; // staff, gov-office
    public static final String LI_NA = "li.na"; // reviewer, gov-office
    public static final String LIU_YANG = "liu.yang"; // leader, gov-office
    public static final String YANG_MIN = "yang.min"; // staff, education
    public static final String SUN_HAO = "sun.hao"; // staff, education
    public static final String ZHAO_LEI = "zhao.lei"; // staff, housing
    public static final String ZHOU_QIANG = "zhou.qiang"; // staff, finance
    public static final String WU_XIA = "wu.xia"; // staff, development-reform
    public static final byte[] PDF = "%PDF-1.7\n1 0 obj<<>>endobj\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
    public static final Duration FAN_OUT = Duration.ofSeconds(60);

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private final RestClient http;

    public ExchangeClient(int port) {
        this.http = RestClient.builder().baseUrl("http://127.0.0.1:" + port)
            .defaultStatusHandler(status -> true, (request, response) -> { }).build();
    }

    public ResponseEntity<Map> call(String user, String method, String uri, Object body) {
        var spec = http.method(HttpMethod.valueOf(method)).uri(uri)
            .headers(h -> h.setBearerAuth(TOKENS.computeIfAbsent(user, KeycloakTokens::accessToken)));
        if (body != null) {
            spec = spec.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return spec.retrieve().toEntity(Map.class);
    }

    /** The call's body, after checking its status. */
    public Map<String, Object> ok(String user, String method, String uri, Object body) {
        ResponseEntity<Map> response = call(user, method, uri, body);
        assertThat(response.getStatusCode().value()).as(method + " " + uri + ": " + response.getBody()).isEqualTo(200);
        return response.getBody();
    }

    /** One page of the user's inbox (the whole response: content, page, size, totals). */
    public Map<String, Object> inboxPage(String user, String query) {
        return ok(user, "GET", "/api/exchange/inbox" + (query == null ? "" : "?" + query), null);
    }

    /** The first 100 lines of the user's inbox, optionally of one tab. */
    public List<Map<String, Object>> inbox(String user, String status) {
        return (List<Map<String, Object>>) inboxPage(user, status == null ? "size=100" : "size=100&status=" + status)
            .get("content");
    }

    Map<String, Object> step(String user, Map<String, Object> document, String step) {
        return ok(user, "POST", "/api/exchange/outgoing/" + document.get("id") + "/" + step,
                Map.of("version", document.get("version")));
    }

    /** 拟稿 → 核稿 → 签发 → 分发 by gov-office; answers the dispatched document. */
    public Map<String, Object> dispatched(String title, String urgency, List<String> main, List<String> copy) {
        ResponseEntity<Map> created = call(ZHANG_WEI, "POST", "/api/exchange/outgoing", Map.of(
                "classification", "", "urgency", urgency, "title", title,
                "mainRecipients", main, "copyRecipients", copy, "disclosure", "依申请公开",
                "body", Map.of("name", "正文.pdf", "content", Base64.getEncoder().encodeToString(PDF))));
        assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isEqualTo(201);
        Map<String, Object> document = step(ZHANG_WEI, created.getBody(), "submit");
        document = step(LI_NA, document, "check");
        document = step(LIU_YANG, document, "sign-off");
        return step(ZHANG_WEI, document, "dispatch");
    }

    /** Waits for the fan-out to put the document in the user's inbox (under 待签收); answers that line. */
    public Map<String, Object> awaitInInbox(String user, Object documentId) {
        return await().atMost(FAN_OUT).pollInterval(Duration.ofMillis(300))
            .until(() -> inbox(user, "PENDING").stream().filter(i -> documentId.equals(i.get("documentId")))
                .findFirst().orElse(null), item -> item != null);
    }

    public Map<String, Object> board(Object documentId) {
        return ok(ZHANG_WEI, "GET", "/api/exchange/outgoing/" + documentId + "/tracking", null);
    }

    public static Map<String, Object> row(Map<String, Object> board, String unit) {
        return ((List<Map<String, Object>>) board.get("rows")).stream()
            .filter(r -> unit.equals(((Map) r.get("recipient")).get("code"))).findFirst().orElseThrow();
    }
}
