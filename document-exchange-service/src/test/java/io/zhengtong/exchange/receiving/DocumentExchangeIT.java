package io.zhengtong.exchange.receiving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.client.RestClient;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.zhengtong.exchange.events.ExchangeEvents;
import io.zhengtong.platform.test.IntegrationTest;
import io.zhengtong.platform.test.TopicRecords;
import io.zhengtong.platform.test.KeycloakTokens;

/**
 * gov-office dispatches a notice to education and housing (主送) and finance (抄送): the fan-out
 * through Kafka puts it in each unit's inbox, the units sign for it, return it or do nothing, and
 * the office's board shows each. Real tokens, database, keys and Kafka (the outbox relays the event).
 */
@IntegrationTest
@SuppressWarnings({"rawtypes", "unchecked"})
class DocumentExchangeIT {

    static final String ZHANG_WEI = "zhang.wei"; // staff, gov-office
    static final String LI_NA = "li.na"; // reviewer, gov-office
    static final String LIU_YANG = "liu.yang"; // leader, gov-office
    static final String YANG_MIN = "yang.min"; // staff, education
    static final String ZHAO_LEI = "zhao.lei"; // staff, housing
    static final String ZHOU_QIANG = "zhou.qiang"; // staff, finance
    static final String WU_XIA = "wu.xia"; // staff, development-reform: not addressed
    static final byte[] PDF = "%PDF-1.7\n1 0 obj<<>>endobj\n%%EOF\n".getBytes(StandardCharsets.UTF_8);
    static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    static final Duration FAN_OUT = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MeterRegistry meters;

    @Value("${zhengtong.events.topic-prefix:}")
    String topicPrefix;

    @Value("${spring.kafka.bootstrap-servers:127.0.0.1:9092}")
    String bootstrap;

    ResponseEntity<Map> call(String user, String method, String uri, Object body) {
        RestClient http = RestClient.builder().baseUrl("http://127.0.0.1:" + port)
            .defaultStatusHandler(status -> true, (request, response) -> { }).build();
        var spec = http.method(HttpMethod.valueOf(method)).uri(uri)
            .headers(h -> h.setBearerAuth(TOKENS.computeIfAbsent(user, KeycloakTokens::accessToken)));
        if (body != null) {
            spec = spec.contentType(MediaType.APPLICATION_JSON).body(body);
        }
        return spec.retrieve().toEntity(Map.class);
    }

    ResponseEntity<byte[]> download(String user, String uri) {
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port)
            .defaultStatusHandler(status -> true, (request, response) -> { }).build()
            .get().uri(uri).headers(h -> h.setBearerAuth(TOKENS.computeIfAbsent(user, KeycloakTokens::accessToken)))
            .retrieve().toEntity(byte[].class);
    }

    List<Map<String, Object>> inbox(String user, String status) {
        RestClient http = RestClient.builder().baseUrl("http://127.0.0.1:" + port).build();
        Map<String, Object> page = http.get()
            .uri(status == null ? "/api/exchange/inbox?size=100" : "/api/exchange/inbox?size=100&status=" + status)
            .headers(h -> h.setBearerAuth(TOKENS.computeIfAbsent(user, KeycloakTokens::accessToken)))
            .retrieve().body(Map.class);
        return (List<Map<String, Object>>) page.get("content");
    }

    Map<String, Object> step(String user, Map<String, Object> document, String step) {
        ResponseEntity<Map> response = call(user, "POST", "/api/exchange/outgoing/" + document.get("id") + "/" + step,
                Map.of("version", document.get("version")));
        assertThat(response.getStatusCode().value()).as(step + ": " + response.getBody()).isEqualTo(200);
        return response.getBody();
    }

    /** 拟稿 → 核稿 → 签发 → 分发 to education, housing (主送) and finance (抄送). */
    Map<String, Object> dispatched(String title) {
        return dispatched(title, "特急", List.of("education", "housing"), List.of("finance"));
    }

    Map<String, Object> dispatched(String title, String urgency, List<String> main, List<String> copy) {
        ResponseEntity<Map> created = call(ZHANG_WEI, "POST", "/api/exchange/outgoing", Map.of(
                "classification", "", "urgency", urgency, "title", title,
                "mainRecipients", main, "copyRecipients", copy,
                "disclosure", "主动公开",
                "body", Map.of("name", "正文.pdf", "content", Base64.getEncoder().encodeToString(PDF))));
        assertThat(created.getStatusCode().value()).as(String.valueOf(created.getBody())).isEqualTo(201);
        Map<String, Object> document = step(ZHANG_WEI, created.getBody(), "submit");
        document = step(LI_NA, document, "check");
        document = step(LIU_YANG, document, "sign-off");
        return step(ZHANG_WEI, document, "dispatch");
    }

    /**
     * Waits for the fan-out to put the document in the user's inbox; answers that inbox line. Looks
     * under 待签收: the test schema keeps earlier runs' copies, and a new one is at the top there.
     */
    Map<String, Object> awaitInInbox(String user, Object documentId) {
        return await().atMost(FAN_OUT).pollInterval(Duration.ofMillis(300))
            .until(() -> inbox(user, "PENDING").stream().filter(i -> documentId.equals(i.get("documentId"))).findFirst()
                .orElse(null), item -> item != null);
    }

    Map<String, Object> board(Object documentId) {
        ResponseEntity<Map> board = call(ZHANG_WEI, "GET", "/api/exchange/outgoing/" + documentId + "/tracking", null);
        assertThat(board.getStatusCode().value()).as(String.valueOf(board.getBody())).isEqualTo(200);
        return board.getBody();
    }

    static Map<String, Object> row(Map<String, Object> board, String unit) {
        return ((List<Map<String, Object>>) board.get("rows")).stream()
            .filter(r -> unit.equals(((Map) r.get("recipient")).get("code"))).findFirst().orElseThrow();
    }

    @Test
    void eachAddressedUnitReceivesTheSignedDocumentAndTheSenderSeesWhoSignedForReturnedOrDidNothing() {
        Map<String, Object> document = dispatched("关于做好2026年防汛工作的通知");
        Object id = document.get("id");

        Map<String, Object> education = awaitInInbox(YANG_MIN, id);
        Map<String, Object> housing = awaitInInbox(ZHAO_LEI, id);
        Map<String, Object> finance = awaitInInbox(ZHOU_QIANG, id);
        assertThat(education).containsEntry("status", "DELIVERED").containsEntry("statusLabel", "待签收")
            .containsEntry("kind", "MAIN").containsEntry("urgency", "特急").containsEntry("number", document.get("number"));
        assertThat(housing).containsEntry("kind", "MAIN");
        assertThat(finance).containsEntry("kind", "COPY").containsEntry("statusLabel", "待签收");

        // opening shows the signature check and marks the copy read
        Map<String, Object> opened = call(YANG_MIN, "GET", "/api/exchange/inbox/" + education.get("id"), null).getBody();
        Map<String, Object> signature = (Map) opened.get("signature");
        assertThat(signature).containsEntry("status", "VALID").containsEntry("signerUnitCode", "gov-office");
        assertThat((String) ((Map) signature.get("certificate")).get("subject")).contains("OU=gov-office");
        assertThat(opened).containsEntry("status", "READ").containsEntry("firstReadBy", YANG_MIN)
            .containsEntry("title", "关于做好2026年防汛工作的通知");
        assertThat((Map) call(ZHAO_LEI, "GET", "/api/exchange/inbox/" + housing.get("id"), null).getBody()
            .get("signature")).containsEntry("status", "VALID");
        assertThat(download(YANG_MIN, "/api/exchange/inbox/" + education.get("id") + "/files/0").getBody())
            .isEqualTo(PDF);

        // yang.min signs for it: the receipt is signed with education's key
        ResponseEntity<Map> signedFor = call(YANG_MIN, "POST", "/api/exchange/inbox/" + education.get("id") + "/sign-for",
                Map.of("version", opened.get("version")));
        assertThat(signedFor.getStatusCode().value()).as(String.valueOf(signedFor.getBody())).isEqualTo(200);
        assertThat(signedFor.getBody()).containsEntry("status", "SIGNED_FOR");
        assertThat((Map) signedFor.getBody().get("receipt")).containsEntry("signedForBy", YANG_MIN)
            .containsEntry("signatureValid", true);
        // a second sign-for is refused, the receipt stays the one made
        assertThat(call(YANG_MIN, "POST", "/api/exchange/inbox/" + education.get("id") + "/sign-for", null)
            .getStatusCode().value()).isEqualTo(409);

        // zhao.lei returns it, a reason is required
        assertThat(call(ZHAO_LEI, "POST", "/api/exchange/inbox/" + housing.get("id") + "/return", Map.of("reason", " "))
            .getStatusCode().value()).isEqualTo(422);
        ResponseEntity<Map> returned = call(ZHAO_LEI, "POST", "/api/exchange/inbox/" + housing.get("id") + "/return",
                Map.of("reason", "非本局职责，建议转水利局"));
        assertThat(returned.getStatusCode().value()).as(String.valueOf(returned.getBody())).isEqualTo(200);
        assertThat(returned.getBody()).containsEntry("status", "RETURNED")
            .containsEntry("returnReason", "非本局职责，建议转水利局");

        // the inbox tabs
        assertThat(inbox(YANG_MIN, "已签收")).extracting(i -> i.get("documentId")).contains(id);
        assertThat(inbox(YANG_MIN, "PENDING")).extracting(i -> i.get("documentId")).doesNotContain(id);
        assertThat(inbox(ZHAO_LEI, "RETURNED")).extracting(i -> i.get("documentId")).contains(id);
        assertThat(inbox(ZHOU_QIANG, "待签收")).extracting(i -> i.get("documentId")).contains(id);

        // the sender's board
        Map<String, Object> board = board(id);
        assertThat(board).containsEntry("copies", 3);
        assertThat((Map) board.get("signForRate")).containsEntry("label", "1/3（33.3%）");
        Map<String, Object> educationRow = row(board, "education");
        assertThat(educationRow).containsEntry("status", "SIGNED_FOR").containsEntry("signedForBy", "杨敏")
            .containsEntry("copyNumber", "000001");
        assertThat(educationRow.get("signedForAt")).isNotNull();
        assertThat(educationRow.get("firstReadAt")).isNotNull();
        Map<String, Object> receipt = (Map) educationRow.get("receipt");
        assertThat(receipt).containsEntry("signedForBy", YANG_MIN).containsEntry("signatureValid", true);
        assertThat((String) receipt.get("certificateSubject")).contains("OU=education");
        assertThat((String) receipt.get("canonicalForm")).contains("\"format\":\"zhengtong.exchange.receipt.v1\"");
        assertThat(row(board, "housing")).containsEntry("status", "RETURNED")
            .containsEntry("returnReason", "非本局职责，建议转水利局");
        assertThat(row(board, "finance")).containsEntry("status", "DELIVERED").containsEntry("statusLabel", "待签收")
            .containsEntry("kind", "COPY");
        assertThat(row(board, "finance").get("receipt")).isNull();
        assertThat(row(board, "finance").get("firstReadAt")).isNull();

        // the board is the sender's: a recipient does not see it
        assertThat(call(YANG_MIN, "GET", "/api/exchange/outgoing/" + id + "/tracking", null).getStatusCode().value())
            .isEqualTo(404);
        // every step is on the document's audit chain, which is intact
        Map<String, Object> audit = call(ZHANG_WEI, "GET", "/api/exchange/outgoing/" + id + "/audit", null).getBody();
        assertThat(audit).containsEntry("intact", true);
        assertThat(jdbc.sql("SELECT action FROM audit_entry WHERE document_id = ? ORDER BY sequence")
            .param(id.toString()).query(String.class).list())
            .containsSubsequence("DISPATCHED", "DELIVERED", "DELIVERED", "DELIVERED")
            .contains("READ", "SIGNED_FOR", "RETURNED");
    }

    @Test
    void theInboxListsUrgentDocumentsBeforeNewerOrdinaryOnes() {
        // development-reform: only this test sends it documents, so its inbox stays short across runs
        Object urgent = dispatched("关于立即开展森林火险隐患排查的紧急通知", "特急", List.of("development-reform"), List.of())
            .get("id");
        Object ordinary = dispatched("关于印发2026年政务公开工作要点的通知", "", List.of("development-reform"), List.of())
            .get("id");
        awaitInInbox(WU_XIA, urgent);
        awaitInInbox(WU_XIA, ordinary);

        List<Object> inbox = inbox(WU_XIA, "PENDING").stream().map(i -> i.get("documentId")).toList();

        assertThat(inbox.indexOf(urgent)).isLessThan(inbox.indexOf(ordinary));
    }

    @Test
    void aUnitTheDocumentIsNotAddressedToFindsItNowhereNotEvenItsFiles() {
        Object id = dispatched("关于开展安全生产大检查的通知").get("id");
        String education = "/api/exchange/inbox/" + awaitInInbox(YANG_MIN, id).get("id");
        awaitInInbox(ZHOU_QIANG, id);

        for (String user : List.of(WU_XIA, ZHOU_QIANG, ZHANG_WEI)) {
            assertThat(call(user, "GET", education, null).getStatusCode().value()).as(user).isEqualTo(404);
            assertThat(download(user, education + "/files/0").getStatusCode().value()).as(user).isEqualTo(404);
            assertThat(call(user, "POST", education + "/sign-for", Map.of()).getStatusCode().value()).as(user)
                .isEqualTo(404);
            assertThat(call(user, "POST", education + "/return", Map.of("reason", "不是我单位的")).getStatusCode().value())
                .as(user).isEqualTo(404);
        }
        // the copy's handling and audit check: only education's, not even the sender's
        for (String user : List.of(WU_XIA, ZHOU_QIANG, ZHANG_WEI)) {
            assertThat(call(user, "GET", education + "/audit", null).getStatusCode().value()).as(user).isEqualTo(404);
            assertThat(call(user, "GET", education + "/handling", null).getStatusCode().value()).as(user)
                .isEqualTo(404);
            assertThat(call(user, "POST", education + "/handling/register", Map.of()).getStatusCode().value())
                .as(user).isEqualTo(404);
        }
        assertThat(inbox(WU_XIA, null)).extracting(i -> i.get("documentId")).doesNotContain(id);
        // the sender's views (document, files, audit, board, reminders): neither an unaddressed nor an addressed unit
        String outgoing = "/api/exchange/outgoing/" + id;
        for (String user : List.of(WU_XIA, YANG_MIN)) {
            assertThat(call(user, "GET", outgoing, null).getStatusCode().value()).as(user).isEqualTo(404);
            assertThat(download(user, outgoing + "/files/0").getStatusCode().value()).as(user).isEqualTo(404);
            assertThat(call(user, "GET", outgoing + "/audit", null).getStatusCode().value()).as(user).isEqualTo(404);
            assertThat(call(user, "GET", outgoing + "/tracking", null).getStatusCode().value()).as(user)
                .isEqualTo(404);
            assertThat(call(user, "POST", outgoing + "/reminders", Map.of()).getStatusCode().value()).as(user)
                .isEqualTo(404);
        }
        // search: the unaddressed unit finds it by no field
        assertThat((List<?>) call(WU_XIA, "GET", "/api/exchange/search?title=安全生产大检查", null).getBody()
            .get("content")).isEmpty();
        assertThat((List<?>) call(ZHOU_QIANG, "GET", "/api/exchange/search?title=安全生产大检查", null).getBody()
            .get("content")).isNotEmpty();
        // nothing happened to education's copy: not read, not reminded, not registered
        assertThat(row(board(id), "education")).containsEntry("status", "DELIVERED").containsEntry("reminders", 0);
        assertThat(call(YANG_MIN, "GET", education + "/handling", null).getBody())
            .containsEntry("status", "NOT_REGISTERED");
        assertThat(row(board(id), "education").get("firstReadAt")).isNull();
    }

    @Test
    void aRedeliveredDispatchEventCreatesNoSecondDeliveryAndNoSecondReceipt() throws Exception {
        Object id = dispatched("关于报送2026年度部门预算的通知").get("id");
        Map<String, Object> education = awaitInInbox(YANG_MIN, id);
        awaitInInbox(ZHAO_LEI, id);
        awaitInInbox(ZHOU_QIANG, id);
        Map<String, Object> signedFor = call(YANG_MIN, "POST", "/api/exchange/inbox/" + education.get("id") + "/sign-for",
                null).getBody();
        Map<String, Object> receiptBefore = (Map) signedFor.get("receipt");

        ConsumerRecord<String, byte[]> sent = dispatchRecordOf(id.toString());
        double duplicates = consumed("duplicate");
        double applied = consumed("applied");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap), new StringSerializer(),
                new ByteArraySerializer())) {
            // the same CloudEvent twice (a redelivery), then the same dispatch under a new event id (a re-send)
            producer.send(copyOf(sent, null)).get();
            producer.send(copyOf(sent, null)).get();
            producer.send(copyOf(sent, UUID.randomUUID().toString())).get();
        }
        await().atMost(FAN_OUT).until(() -> consumed("duplicate") >= duplicates + 2 && consumed("applied") >= applied + 1);

        assertThat(jdbc.sql("SELECT COUNT(*) FROM delivery WHERE document_id = ?").param(id.toString())
            .query(Long.class).single()).isEqualTo(3);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE document_id = ? AND action = 'DELIVERED'")
            .param(id.toString()).query(Long.class).single()).isEqualTo(3);
        Map<String, Object> row = row(board(id), "education");
        assertThat(row).containsEntry("status", "SIGNED_FOR");
        assertThat((Map) row.get("receipt")).isEqualTo(receiptBefore);
        assertThat(inbox(YANG_MIN, null)).filteredOn(i -> id.equals(i.get("documentId"))).hasSize(1);
    }

    double consumed(String outcome) {
        Counter counter = meters.find("zhengtong.events.consumed").tag("consumer", DeliveryFanOut.CONSUMER)
            .tag("type", ExchangeEvents.DISPATCHED).tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    /** The dispatch event the outbox relayed for the document, read back from the topic. */
    ConsumerRecord<String, byte[]> dispatchRecordOf(String documentId) {
        String topic = topicPrefix + ExchangeEvents.TOPIC;
        return TopicRecords.read(bootstrap, topic, record -> documentId.equals(record.key())
                && ExchangeEvents.DISPATCHED.equals(TopicRecords.header(record, "ce_type")), 1, FAN_OUT)
            .stream()
            .findFirst()
            .orElseThrow(() -> new AssertionError("no dispatch event for " + documentId + " on " + topic));
    }

    static ProducerRecord<String, byte[]> copyOf(ConsumerRecord<String, byte[]> record, String newEventId) {
        ProducerRecord<String, byte[]> copy = new ProducerRecord<>(record.topic(), record.key(), record.value());
        for (Header header : record.headers()) {
            copy.headers().add(header.key(), "ce_id".equals(header.key()) && newEventId != null
                    ? newEventId.getBytes(StandardCharsets.UTF_8) : header.value());
        }
        return copy;
    }
}
