package io.zhengtong.exchange.events;

import static io.zhengtong.exchange.workflow.People.CHEN_JING;
import static io.zhengtong.exchange.workflow.People.GUO_PING;
import static io.zhengtong.exchange.workflow.People.ZHU_HONG;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.zhengtong.exchange.delivery.Copies;
import io.zhengtong.exchange.delivery.Delivery;
import io.zhengtong.exchange.delivery.DeliveryStatus;
import io.zhengtong.exchange.handling.IncomingHandling;
import io.zhengtong.exchange.handling.IncomingHandling.Assignee;
import io.zhengtong.platform.events.EventContract;
import io.zhengtong.platform.events.IntegrationEvent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What other services learn about the culture bureau's handling of a received notice, step by step. */
class HandlingEventsTest {

    static final UUID DELIVERY = UUID.fromString("0b9d6f1e-2222-4000-8000-000000000001");
    static final Instant AT = Instant.parse("2026-03-02T01:00:00Z");

    final JsonMapper json = JsonMapper.builder().build();
    final Delivery copy = Copies.in(DeliveryStatus.SIGNED_FOR, AT);
    final List<IntegrationEvent> published = new ArrayList<>();

    void publish(IncomingHandling handling) {
        handling.pullEvents().forEach(e -> published.add(HandlingEvents.of(DELIVERY, copy.notice(), e)));
    }

    @Test
    void everyStepFromRegistrationToArchivingIsOneEventOnTheHandlingTopicKeyedByTheCopy() {
        IncomingHandling handling = IncomingHandling.register(UUID.randomUUID(), copy, ZHU_HONG, "收文登记", AT);
        publish(handling);
        handling.propose(ZHU_HONG, "拟请陈局长阅示", AT.plusSeconds(60));
        publish(handling);
        handling.instruct(CHEN_JING, "同意，朱红、郭平办理", List.of(new Assignee("zhu.hong", "朱红", "culture-tourism", true),
                new Assignee("guo.ping", "郭平", "culture-tourism", true)), AT.plusSeconds(120));
        publish(handling);
        handling.finishPart(ZHU_HONG, "已通知各景区", AT.plusSeconds(180));
        handling.finishPart(GUO_PING, "已完成防火检查", AT.plusSeconds(240));
        publish(handling);
        handling.complete(ZHU_HONG, "已按要求落实", AT.plusSeconds(300));
        handling.archive(ZHU_HONG, "", AT.plusSeconds(360));
        publish(handling);

        assertThat(published).extracting(e -> e.getClass().getAnnotation(EventContract.class).type()).containsExactly(
                "zhengtong.exchange.handling.registered.v1", "zhengtong.exchange.handling.proposed.v1",
                "zhengtong.exchange.handling.instructed.v1", "zhengtong.exchange.handling.finished.v1",
                "zhengtong.exchange.handling.finished.v1", "zhengtong.exchange.handling.completed.v1",
                "zhengtong.exchange.handling.archived.v1");
        assertThat(published).allSatisfy(e -> {
            assertThat(e.aggregateId()).isEqualTo(DELIVERY.toString());
            assertThat(e.getClass().getAnnotation(EventContract.class).topic()).isEqualTo("exchange.handling");
        });
        assertThat(published).extracting(IntegrationEvent::eventId).doesNotHaveDuplicates();

        JsonNode instructed = json.readTree(json.writeValueAsString(published.get(2)));
        assertThat(instructed.get("by").asString()).isEqualTo("chen.jing");
        assertThat(instructed.get("handlers")).extracting(JsonNode::asString).containsExactly("zhu.hong", "guo.ping");
        assertThat(instructed.get("status").asString()).isEqualTo("IN_HANDLING");
        JsonNode subject = instructed.get("handling");
        assertThat(subject.get("handlingId").asString()).isEqualTo(handling.id().toString());
        assertThat(subject.get("deliveryId").asString()).isEqualTo(DELIVERY.toString());
        assertThat(subject.get("documentId").asString()).isEqualTo(Copies.DOCUMENT.toString());
        assertThat(subject.get("unit").get("code").asString()).isEqualTo("culture-tourism");
        assertThat(((HandlingEvents.Finished) published.get(3)).allFinished()).isFalse();
        assertThat(((HandlingEvents.Finished) published.get(4)).allFinished()).isTrue();
        assertThat(((HandlingEvents.Archived) published.get(6)).status()).isEqualTo("ARCHIVED");
    }

    @Test
    void noEventCarriesANameOrAnOpinionOnlyUsernames() {
        IncomingHandling handling = IncomingHandling.register(UUID.randomUUID(), copy, ZHU_HONG, "收文登记：机密批注", AT);
        handling.propose(ZHU_HONG, "拟请陈局长阅示", AT.plusSeconds(60));
        publish(handling);

        assertThat(published).hasSize(2).allSatisfy(e -> assertThat(json.writeValueAsString(e))
            .contains("zhu.hong").doesNotContain("朱红").doesNotContain("收文登记").doesNotContain("拟请"));
    }
}
