package io.zhengtong.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

import io.zhengtong.exchange.sending.OutgoingDocumentView;
import io.zhengtong.exchange.sending.SendingDocuments;
import io.zhengtong.exchange.sending.SendingDocuments.DraftCommand;
import io.zhengtong.exchange.sending.SendingDocuments.Step;
import io.zhengtong.exchange.sending.UploadedFile;
import io.zhengtong.platform.security.CurrentUser;
import io.zhengtong.platform.test.KeycloakTokens;

/**
 * What the ITs of handling, search, audit and certificates share: HTTP calls with real tokens,
 * documents sent by gov-office through the REST API, documents sent TO gov-office by the
 * education bureau, and waiting for the Kafka fan-out to deliver them. The demo realm has a
 * reviewer and a leader only in gov-office, so the education bureau's 核稿/签发 run in-process
 * with stand-in officials of that bureau; everything the recipient does goes through HTTP.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
public final class ExchangeScenarios {

    public static final String ZHANG_WEI = "zhang.wei"; // staff, gov-office
    public static final String LI_NA = "li.na"; // reviewer, gov-office
    public static final String LIU_YANG = "liu.yang"; // leader, gov-office
    public static final String ZHU_HONG = "zhu.hong"; // staff, gov-office
    /** 范建国, gov-office's driver: of the unit, not staff (DemoAccounts.COUNTY_OFFICE_DRIVER once platform/test is installed). */
    public static final String FAN_JIANGUO = "fan.jianguo";
    public static final String YANG_MIN = "yang.min"; // staff, education
    public static final String ZHAO_LEI = "zhao.lei"; // staff, housing
    public static final String ZHOU_QIANG = "zhou.qiang"; // staff, finance
    public static final String MA_JUN = "ma.jun"; // platform-admin
    public static final byte[] PDF = "%PDF-1.7\n1 0 obj<<>>endobj\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
    static final Duration FAN_OUT = Duration.ofSeconds(60);
    static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    static final CurrentUser EDUCATION_CLERK = new CurrentUser("yang.min", "杨敏", "education", Set.of("staff"));
    /** A stand-in: the demo realm has no reviewer or leader in the education bureau. */
    static final CurrentUser EDUCATION_HEAD = new CurrentUser("sun.hao", "孙浩", "education",
            Set.of("staff", "reviewer", "leader"));

    private final int port;
    private final JdbcClient jdbc;
    private final SendingDocuments sending;

    public ExchangeScenarios(int port, JdbcClient jdbc, SendingDocuments sending) {
        this.port = port;
        this.jdbc = jdbc;
        this.sending = sending;
    }

    public ResponseEntity<Map> call(String user, String method, String uri, Object body) {
        RestClient http = RestClient.builder().baseUrl("http://127.0.0.1:" + port)
            .defaultStatusHandler(status -> true, (request, response) -> { }).build();
        var spec = http.method(HttpMethod.valueOf(method)).uri(uri)
            .headers(h -> h.setBearerAuth(TOKENS.computeIfAbsent(user, KeycloakTokens::accessToken)));
        if (body != null) {
            spec = spec.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return spec.retrieve().toEntity(Map.class);
    }

    /** The body of a call that must answer {@code status}. */
    public Map<String, Object> expect(int status, String user, String method, String uri, Object body) {
        ResponseEntity<Map> response = call(user, method, uri, body);
        assertThat(response.getStatusCode().value()).as(method + " " + uri + " as " + user + ": " + response.getBody())
            .isEqualTo(status);
        return response.getBody();
    }

    /** gov-office drafts, checks, signs off and dispatches through the API; answers the dispatched document. */
    public Map<String, Object> sentByGovOffice(String title, String urgency, List<String> main, List<String> copy) {
        Map<String, Object> document = expect(201, ZHANG_WEI, "POST", "/api/exchange/outgoing", Map.of(
                "classification", "", "urgency", urgency, "title", title,
                "mainRecipients", main, "copyRecipients", copy, "disclosure", "不予公开",
                "body", Map.of("name", "正文.pdf", "content", Base64.getEncoder().encodeToString(PDF))));
        document = step(ZHANG_WEI, document, "submit");
        document = step(LI_NA, document, "check");
        document = step(LIU_YANG, document, "sign-off");
        return step(ZHANG_WEI, document, "dispatch");
    }

    private Map<String, Object> step(String user, Map<String, Object> document, String step) {
        return expect(200, user, "POST", "/api/exchange/outgoing/" + document.get("id") + "/" + step,
                Map.of("version", document.get("version")));
    }

    /** The education bureau sends a document to {@code main}; answers it as dispatched. */
    public OutgoingDocumentView sentByEducation(String title, List<String> main) {
        return sentBy(EDUCATION_CLERK, EDUCATION_HEAD, title, main);
    }

    /** {@code unitCode}'s clerk drafts and dispatches, a stand-in head of that unit checks and signs off. */
    public OutgoingDocumentView sentBy(String unitCode, String title, List<String> main) {
        return sentBy(new CurrentUser("stand-in.clerk", "办文员", unitCode, Set.of("staff")),
                new CurrentUser("stand-in.head", "主任", unitCode, Set.of("staff", "reviewer", "leader")), title, main);
    }

    /** Drafted and approved, not yet dispatched: answers the version to dispatch. */
    public OutgoingDocumentView signedOffBy(String unitCode, String title, List<String> main) {
        return approved(new CurrentUser("stand-in.clerk", "办文员", unitCode, Set.of("staff")),
                new CurrentUser("stand-in.head", "主任", unitCode, Set.of("staff", "reviewer", "leader")), title, main);
    }

    public OutgoingDocumentView dispatch(String unitCode, OutgoingDocumentView signedOff) {
        return sending.act(new CurrentUser("stand-in.clerk", "办文员", unitCode, Set.of("staff")), signedOff.id(),
                Step.DISPATCH, signedOff.version(), null);
    }

    private OutgoingDocumentView sentBy(CurrentUser clerk, CurrentUser head, String title, List<String> main) {
        OutgoingDocumentView signed = approved(clerk, head, title, main);
        return sending.act(clerk, signed.id(), Step.DISPATCH, signed.version(), null);
    }

    private OutgoingDocumentView approved(CurrentUser clerk, CurrentUser head, String title, List<String> main) {
        OutgoingDocumentView draft = sending.draft(clerk, new DraftCommand("", "加急", title, main, List.of(),
                "不予公开", new UploadedFile("正文.pdf", PDF), List.of()));
        OutgoingDocumentView submitted = sending.act(clerk, draft.id(), Step.SUBMIT, draft.version(), null);
        OutgoingDocumentView checked = sending.act(head, draft.id(), Step.CHECK, submitted.version(), "");
        return sending.act(head, draft.id(), Step.SIGN_OFF, checked.version(), "同意");
    }

    /** Waits until the fan-out delivered the document to the unit; answers the delivery (inbox) id. */
    public UUID awaitDelivery(Object documentId, String unitCode) {
        String id = await().atMost(FAN_OUT).pollInterval(Duration.ofMillis(300))
            .until(() -> jdbc.sql("SELECT id FROM delivery WHERE document_id = ? AND recipient_code = ?")
                .params(documentId.toString(), unitCode).query(String.class).optional().orElse(null),
                    found -> found != null);
        return UUID.fromString(id);
    }

    /** The recipient opens and signs for its copy through the API; answers the opened-and-signed view. */
    public Map<String, Object> signFor(String user, UUID inboxId) {
        Map<String, Object> opened = expect(200, user, "GET", "/api/exchange/inbox/" + inboxId, null);
        return expect(200, user, "POST", "/api/exchange/inbox/" + inboxId + "/sign-for",
                Map.of("version", opened.get("version")));
    }
}
