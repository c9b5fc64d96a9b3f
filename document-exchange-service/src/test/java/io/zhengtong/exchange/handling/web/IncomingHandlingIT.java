package io.zhengtong.exchange.handling.web;

import static io.zhengtong.exchange.ExchangeScenarios.FAN_JIANGUO;
import static io.zhengtong.exchange.ExchangeScenarios.LIU_YANG;
import static io.zhengtong.exchange.ExchangeScenarios.LI_NA;
import static io.zhengtong.exchange.ExchangeScenarios.YANG_MIN;
import static io.zhengtong.exchange.ExchangeScenarios.ZHANG_WEI;
import static io.zhengtong.exchange.ExchangeScenarios.ZHAO_LEI;
import static io.zhengtong.exchange.ExchangeScenarios.ZHU_HONG;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.zhengtong.exchange.ExchangeScenarios;
import io.zhengtong.exchange.audit.AuditEntry;
import io.zhengtong.exchange.audit.AuditTrail;
import io.zhengtong.exchange.events.HandlingEvents;
import io.zhengtong.exchange.sending.OutgoingDocumentView;
import io.zhengtong.exchange.sending.SendingDocuments;
import io.zhengtong.platform.test.IntegrationTest;
import io.zhengtong.platform.test.TopicRecords;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The education bureau sends a notice to the county government office; the office signs for it
 * and handles it: 张伟 registers and proposes, 刘洋 (leader) instructs 张伟 and 朱红, both
 * finish their parts, 张伟 completes and archives: each step is one event on exchange.handling.
 * Real tokens, Kafka fan-out and database.
 */
@IntegrationTest
@SuppressWarnings({"rawtypes", "unchecked"})
class IncomingHandlingIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    SendingDocuments sending;

    @Autowired
    AuditTrail audit;

    @Value("${zhengtong.events.topic-prefix:}")
    String topicPrefix;

    @Value("${spring.kafka.bootstrap-servers:127.0.0.1:9092}")
    String bootstrap;

    ExchangeScenarios exchange;

    @BeforeEach
    void client() {
        exchange = new ExchangeScenarios(port, jdbc, sending);
    }

    String handling(UUID inboxId) {
        return "/api/exchange/inbox/" + inboxId + "/handling";
    }

    Map<String, Object> act(String user, UUID inboxId, String action, Map<String, Object> body) {
        return exchange.expect(200, user, "POST", handling(inboxId) + "/" + action, body);
    }

    static Map<String, Object> body(Object version, String opinion) {
        Map<String, Object> body = new HashMap<>();
        body.put("version", version);
        body.put("opinion", opinion);
        return body;
    }

    UUID receivedByGovOffice(String title) {
        OutgoingDocumentView sent = exchange.sentByEducation(title, List.of("gov-office"));
        return exchange.awaitDelivery(sent.id(), "gov-office");
    }

    @Test
    void theOfficeRegistersProposesTheLeaderInstructsTheHandlersFinishAndTheClerkCompletesAndArchives() {
        UUID inbox = receivedByGovOffice("关于开展2026年秋季学校安全检查的函");

        // before sign-for: nothing to do yet
        assertThat(exchange.expect(200, ZHANG_WEI, "GET", handling(inbox), null))
            .containsEntry("status", "NOT_REGISTERED").containsEntry("statusLabel", "未登记")
            .containsEntry("allowedActions", List.of());
        assertThat(exchange.call(ZHANG_WEI, "POST", handling(inbox) + "/register", Map.of()).getStatusCode().value())
            .isEqualTo(409);

        Map<String, Object> signed = exchange.signFor(ZHANG_WEI, inbox);
        assertThat(exchange.expect(200, ZHANG_WEI, "GET", handling(inbox), null))
            .containsEntry("status", "NOT_REGISTERED").containsEntry("allowedActions", List.of("register"));

        Map<String, Object> view = act(ZHANG_WEI, inbox, "register", body(null, "收文登记：教育局来函"));
        assertThat(view).containsEntry("status", "REGISTERED").containsEntry("statusLabel", "已登记待拟办")
            .containsEntry("allowedActions", List.of("propose"));

        view = act(ZHANG_WEI, inbox, "propose", body(view.get("version"), "拟请刘主任阅示，由张伟、朱红办理"));
        assertThat(view).containsEntry("status", "PROPOSED").containsEntry("allowedActions", List.of());
        assertThat(exchange.expect(200, LIU_YANG, "GET", handling(inbox), null))
            .containsEntry("allowedActions", List.of("instruct"));

        // 批办 is a leader's: a clerk is refused, nothing changes
        Map<String, Object> instruct = body(view.get("version"), "同意，张伟、朱红抓紧落实");
        instruct.put("handlers", List.of(ZHANG_WEI, ZHU_HONG));
        assertThat(exchange.call(LI_NA, "POST", handling(inbox) + "/instruct", instruct).getStatusCode().value())
            .isEqualTo(403);
        // only the office's staff (whom the picker offers) may be named: not its driver, not another
        // unit's staff, not an account the realm does not know; each is named, nothing is saved
        assertThat(refusedHandlers(inbox, instruct, FAN_JIANGUO)).containsExactly("范建国不是本单位的承办人员");
        assertThat(refusedHandlers(inbox, instruct, ZHAO_LEI)).containsExactly("赵磊不是本单位的承办人员");
        assertThat(refusedHandlers(inbox, instruct, "no.such.person")).containsExactly("系统中没有用户“no.such.person”");
        assertThat(exchange.expect(200, LIU_YANG, "GET", handling(inbox), null))
            .containsEntry("status", "PROPOSED").containsEntry("version", view.get("version"))
            .containsEntry("handlers", List.of());
        assertThat(audit.entriesOf((String) signed.get("documentId"))).extracting(e -> e.action().name())
            .doesNotContain("INSTRUCTED");

        view = act(LIU_YANG, inbox, "instruct", instruct);
        assertThat(view).containsEntry("status", "IN_HANDLING");
        assertThat((List<Map>) view.get("handlers")).extracting(h -> h.get("name")).containsExactly("张伟", "朱红");

        // 承办 only by a named handler; a stale version is a conflict
        assertThat(exchange.call(LI_NA, "POST", handling(inbox) + "/finish", body(view.get("version"), "已办"))
            .getStatusCode().value()).isEqualTo(403);
        assertThat(exchange.call(ZHANG_WEI, "POST", handling(inbox) + "/finish", body(0, "已办"))
            .getStatusCode().value()).isEqualTo(409);
        assertThat(exchange.expect(200, ZHU_HONG, "GET", handling(inbox), null))
            .containsEntry("allowedActions", List.of("finish"));

        view = act(ZHANG_WEI, inbox, "finish", body(view.get("version"), "已通知各乡镇学校开展自查"));
        // 办结 waits for every handler
        assertThat(exchange.call(ZHANG_WEI, "POST", handling(inbox) + "/complete", body(view.get("version"), "办结"))
            .getStatusCode().value()).isEqualTo(409);
        view = act(ZHU_HONG, inbox, "finish", body(view.get("version"), "已汇总检查结果"));
        assertThat(view).containsEntry("allowedActions", List.of("complete"));
        view = act(ZHANG_WEI, inbox, "complete", body(view.get("version"), "已按要求落实"));
        view = act(ZHANG_WEI, inbox, "archive", body(view.get("version"), "2026年文书档案"));

        assertThat(view).containsEntry("status", "ARCHIVED").containsEntry("statusLabel", "已归档")
            .containsEntry("allowedActions", List.of());
        assertThat((List<Map>) view.get("steps")).extracting(s -> s.get("actionLabel"))
            .containsExactly("登记", "拟办", "批办", "承办", "承办", "办结", "归档");
        assertThat((List<Map>) view.get("steps")).extracting(s -> s.get("actorName"))
            .containsExactly("张伟", "张伟", "刘洋", "张伟", "朱红", "张伟", "张伟");
        assertThat((List<Map>) view.get("handlers")).allSatisfy(h -> assertThat(h).containsEntry("finished", true));

        // every step is on the document's audit chain, after the sign-for, and the chain is intact
        String documentId = (String) signed.get("documentId");
        List<AuditEntry> chain = audit.entriesOf(documentId);
        assertThat(chain.subList(chain.size() - 7, chain.size())).extracting(e -> e.action().name())
            .containsExactly("REGISTERED", "PROPOSED", "INSTRUCTED", "HANDLED", "HANDLED", "COMPLETED", "ARCHIVED");
        assertThat(chain.getLast().unitCode()).isEqualTo("gov-office");
        assertThat(audit.verify(documentId).intact()).isTrue();

        // every step went out on exchange.handling, keyed by the copy, in order; refused attempts sent nothing
        List<ConsumerRecord<String, byte[]>> records = TopicRecords.read(bootstrap,
                topicPrefix + HandlingEvents.TOPIC, r -> inbox.toString().equals(r.key()), 7, Duration.ofSeconds(60));
        assertThat(records).extracting(r -> TopicRecords.header(r, "ce_type")).containsExactly(
                HandlingEvents.REGISTERED, HandlingEvents.PROPOSED, HandlingEvents.INSTRUCTED, HandlingEvents.FINISHED,
                HandlingEvents.FINISHED, HandlingEvents.COMPLETED, HandlingEvents.ARCHIVED);
        JsonMapper json = JsonMapper.builder().build();
        List<JsonNode> data = records.stream().map(r -> json.readTree(r.value())).toList();
        assertThat(data).extracting(d -> d.get("by").asString())
            .containsExactly(ZHANG_WEI, ZHANG_WEI, LIU_YANG, ZHANG_WEI, ZHU_HONG, ZHANG_WEI, ZHANG_WEI);
        assertThat(data.get(2).get("handlers")).extracting(JsonNode::asString).containsExactly(ZHANG_WEI, ZHU_HONG);
        assertThat(data.get(4).get("allFinished").asBoolean()).isTrue();
        assertThat(data.getLast().get("handling").get("documentId").asString()).isEqualTo(documentId);
        assertThat(data.getLast().get("handling").get("unit").get("code").asString()).isEqualTo("gov-office");
        assertThat(records).allSatisfy(r -> assertThat(TopicRecords.header(r, "ce_source")).isEqualTo("/zhengtong/exchange"));
    }

    /** 批办 naming 张伟 and {@code handler}: refused with 422; the messages of its field errors, all on handlers. */
    List<Object> refusedHandlers(UUID inbox, Map<String, Object> instruct, String handler) {
        Map<String, Object> request = new HashMap<>(instruct);
        request.put("handlers", List.of(ZHANG_WEI, handler));
        Map<String, Object> refused = exchange.expect(422, LIU_YANG, "POST", handling(inbox) + "/instruct", request);
        assertThat(refused).containsEntry("type", "urn:zhengtong:problem:unsuitable-handlers")
            .containsEntry("title", "承办人须为本单位办文人员");
        List<Map> errors = (List<Map>) refused.get("errors");
        assertThat(errors).allSatisfy(e -> assertThat(e).containsEntry("field", "handlers"));
        return errors.stream().map(e -> e.get("message")).toList();
    }

    @Test
    void anotherUnitNeitherSeesNorTouchesTheHandlingAndASecondRegistrationIsAConflict() {
        UUID inbox = receivedByGovOffice("关于报送教育统计数据的函");
        exchange.signFor(ZHANG_WEI, inbox);
        act(ZHANG_WEI, inbox, "register", Map.of());

        // the sender's own staff and any other unit: not found, as for every inbox endpoint
        assertThat(exchange.expect(404, YANG_MIN, "GET", handling(inbox), null))
            .containsEntry("type", "urn:zhengtong:problem:incoming-document-not-found");
        for (String stranger : List.of(ZHAO_LEI, YANG_MIN)) {
            for (String action : List.of("register", "propose", "instruct", "finish", "complete", "archive")) {
                assertThat(exchange.call(stranger, "POST", handling(inbox) + "/" + action, body(null, "拟办"))
                    .getStatusCode().value()).as(stranger + " " + action).isEqualTo(404);
            }
        }
        assertThat(exchange.call(ZHANG_WEI, "POST", handling(inbox) + "/register", Map.of()).getStatusCode().value())
            .isEqualTo(409);
        assertThat(exchange.call(ZHANG_WEI, "POST", handling(inbox) + "/propose", body(null, " "))
            .getStatusCode().value()).isEqualTo(422);
        assertThat(exchange.call(ZHANG_WEI, "POST", handling(inbox) + "/approve", Map.of()).getStatusCode().value())
            .isEqualTo(404);
        assertThat(exchange.expect(200, ZHANG_WEI, "GET", handling(inbox), null)).containsEntry("status", "REGISTERED");
    }

    @Test
    void twoClerksRegisteringAtTheSameTimeMakeOneRegistrationAndTheOtherIsToldItExists() throws Exception {
        UUID inbox = receivedByGovOffice("关于同时登记的测试函");
        exchange.signFor(ZHANG_WEI, inbox);

        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var first = pool.submit(() -> exchange.call(ZHANG_WEI, "POST", handling(inbox) + "/register", Map.of()));
            var second = pool.submit(() -> exchange.call(ZHU_HONG, "POST", handling(inbox) + "/register", Map.of()));
            assertThat(List.of(first.get().getStatusCode().value(), second.get().getStatusCode().value()))
                .containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM incoming_handling WHERE delivery_id = ?").param(inbox.toString())
            .query(Integer.class).single()).isEqualTo(1);
        assertThat((List<Map>) exchange.expect(200, ZHANG_WEI, "GET", handling(inbox), null).get("steps")).hasSize(1);
    }
}
