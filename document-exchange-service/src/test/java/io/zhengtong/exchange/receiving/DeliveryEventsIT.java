package io.zhengtong.exchange.receiving;

import static io.zhengtong.exchange.receiving.ExchangeClient.YANG_MIN;
import static io.zhengtong.exchange.receiving.ExchangeClient.ZHANG_WEI;
import static io.zhengtong.exchange.receiving.ExchangeClient.ZHAO_LEI;
import static io.zhengtong.exchange.receiving.ExchangeClient.ZHOU_QIANG;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.zhengtong.exchange.events.DeliveryEvents;
import io.zhengtong.platform.test.IntegrationTest;
import io.zhengtong.platform.test.TopicRecords;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The copies' steps go out on exchange.deliveries as CloudEvents, keyed by delivery, through the outbox. */
@IntegrationTest
class DeliveryEventsIT {

    @LocalServerPort
    int port;

    @Value("${zhengtong.events.topic-prefix:}")
    String topicPrefix;

    @Value("${spring.kafka.bootstrap-servers:127.0.0.1:9092}")
    String bootstrap;

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void deliveredReadSignedForReturnedAndRemindedCopiesAreAnnouncedOnTheDeliveriesTopic() {
        ExchangeClient api = new ExchangeClient(port);
        Object id = api.dispatched("关于开展2026年度统计执法检查的通知", "加急", List.of("education", "housing"),
                List.of("finance")).get("id");
        Object education = api.awaitInInbox(YANG_MIN, id).get("id");
        Object housing = api.awaitInInbox(ZHAO_LEI, id).get("id");
        Object finance = api.awaitInInbox(ZHOU_QIANG, id).get("id");

        api.ok(YANG_MIN, "GET", "/api/exchange/inbox/" + education, null);
        api.ok(YANG_MIN, "GET", "/api/exchange/inbox/" + education, null); // a second opening is no event
        api.ok(YANG_MIN, "POST", "/api/exchange/inbox/" + education + "/sign-for", Map.of());
        api.ok(ZHAO_LEI, "POST", "/api/exchange/inbox/" + housing + "/return", Map.of("reason", "非本局职责"));
        api.ok(ZHANG_WEI, "POST", "/api/exchange/outgoing/" + id + "/reminders",
                Map.of("recipients", List.of("finance"), "message", "请尽快签收"));

        Set<String> copies = Set.of(education.toString(), housing.toString(), finance.toString());
        List<ConsumerRecord<String, byte[]>> records = TopicRecords.read(bootstrap, topicPrefix + DeliveryEvents.TOPIC,
                r -> copies.contains(r.key()), 7, Duration.ofSeconds(60));

        Map<String, List<String>> typesByCopy = records.stream().collect(Collectors.groupingBy(ConsumerRecord::key,
                Collectors.mapping(r -> TopicRecords.header(r, "ce_type"), Collectors.toList())));
        assertThat(typesByCopy.get(education.toString())).containsExactly(DeliveryEvents.DELIVERED, DeliveryEvents.READ,
                DeliveryEvents.SIGNED_FOR);
        assertThat(typesByCopy.get(housing.toString())).containsExactly(DeliveryEvents.DELIVERED,
                DeliveryEvents.RETURNED);
        assertThat(typesByCopy.get(finance.toString())).containsExactly(DeliveryEvents.DELIVERED,
                DeliveryEvents.REMINDED);

        Map<String, JsonNode> last = records.stream().collect(Collectors.toMap(ConsumerRecord::key,
                r -> json.readTree(r.value()), (a, b) -> b));
        JsonNode signedFor = last.get(education.toString());
        assertThat(signedFor.get("signedForBy").asString()).isEqualTo(YANG_MIN);
        assertThat(signedFor.get("copy").get("documentId").asString()).isEqualTo(id);
        assertThat(signedFor.get("copy").get("recipient").get("code").asString()).isEqualTo("education");
        assertThat(last.get(housing.toString()).get("reason").asString()).isEqualTo("非本局职责");
        JsonNode reminded = last.get(finance.toString());
        assertThat(reminded.get("kind").asString()).isEqualTo("MANUAL");
        assertThat(reminded.get("by").asString()).isEqualTo(ZHANG_WEI);
        assertThat(reminded.get("note").asString()).isEqualTo("请尽快签收");
        assertThat(reminded.get("reminders").asInt()).isEqualTo(1);
        assertThat(records).allSatisfy(r -> {
            assertThat(TopicRecords.header(r, "ce_source")).isEqualTo("/zhengtong/exchange");
            assertThat(TopicRecords.header(r, "ce_subject")).isEqualTo(r.key());
        });
        assertThat(records.stream().map(r -> TopicRecords.header(r, "ce_id")).collect(Collectors.toSet()))
            .hasSize(records.size());
    }
}
