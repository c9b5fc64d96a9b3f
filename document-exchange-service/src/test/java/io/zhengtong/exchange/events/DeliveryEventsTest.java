package io.zhengtong.exchange.events;

import static io.zhengtong.exchange.workflow.People.ZHANG_WEI;
import static io.zhengtong.exchange.workflow.People.ZHU_HONG;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.zhengtong.exchange.delivery.Copies;
import io.zhengtong.exchange.delivery.Delivery;
import io.zhengtong.exchange.outgoing.Drafts;
import io.zhengtong.platform.events.EventContract;
import io.zhengtong.platform.events.IntegrationEvent;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What other services learn about the culture bureau's copy, step by step. */
class DeliveryEventsTest {

    static final UUID DELIVERY = UUID.fromString("0b9d6f1e-1111-4000-8000-000000000001");
    static final Instant AT = Instant.parse("2026-03-02T01:00:00Z");

    final JsonMapper json = JsonMapper.builder().build();

    List<IntegrationEvent> published(Delivery delivery) {
        return delivery.pullEvents().stream().map(e -> DeliveryEvents.of(DELIVERY, delivery, e)).toList();
    }

    static String type(IntegrationEvent event) {
        return event.getClass().getAnnotation(EventContract.class).type();
    }

    @Test
    void eachStepOfTheCopyIsOneEventOnTheDeliveriesTopicKeyedByTheDelivery() {
        Delivery delivery = Delivery.deliver(Copies.toCultureTourism(), AT);
        List<IntegrationEvent> events = new java.util.ArrayList<>(published(delivery));
        delivery.remindManually(ZHANG_WEI, "请尽快签收", AT.plusSeconds(60));
        delivery.remindAutomatically(AT.plusSeconds(120));
        events.addAll(published(delivery));
        delivery.open(ZHU_HONG, AT.plusSeconds(180));
        delivery.open(ZHU_HONG, AT.plusSeconds(240));
        events.addAll(published(delivery));
        delivery.signFor(ZHU_HONG, Drafts.valid(AT), AT.plusSeconds(300));
        events.addAll(published(delivery));

        assertThat(events).extracting(DeliveryEventsTest::type).containsExactly(DeliveryEvents.DELIVERED,
                DeliveryEvents.REMINDED, DeliveryEvents.REMINDED, DeliveryEvents.READ, DeliveryEvents.SIGNED_FOR);
        assertThat(events).allSatisfy(e -> {
            assertThat(e.aggregateId()).isEqualTo(DELIVERY.toString());
            assertThat(e.getClass().getAnnotation(EventContract.class).topic()).isEqualTo("exchange.deliveries");
        });
        assertThat(events).extracting(IntegrationEvent::eventId).doesNotHaveDuplicates();
        DeliveryEvents.Reminded automatic = (DeliveryEvents.Reminded) events.get(2);
        assertThat(automatic.kind()).isEqualTo("AUTOMATIC");
        assertThat(automatic.reminders()).isEqualTo(2);
    }

    @Test
    void aSignForSaysWhichCopyWhoSignedAndWhichSignedContentTheyAcknowledged() {
        Delivery delivery = Copies.in(io.zhengtong.exchange.delivery.DeliveryStatus.READ, AT);
        delivery.signFor(ZHU_HONG, Drafts.valid(AT), AT.plusSeconds(300));

        JsonNode data = json.readTree(json.writeValueAsString(published(delivery).getFirst()));

        assertThat(data.get("signedForBy").asString()).isEqualTo("zhu.hong");
        assertThat(data.get("signedForByName").asString()).isEqualTo("朱红");
        assertThat(data.get("metadataDigest").asString()).isEqualTo(Copies.DIGEST);
        JsonNode copy = data.get("copy");
        assertThat(copy.get("deliveryId").asString()).isEqualTo(DELIVERY.toString());
        assertThat(copy.get("number").asString()).isEqualTo("凤政办〔2026〕12号");
        assertThat(copy.get("recipient").get("code").asString()).isEqualTo("culture-tourism");
        assertThat(copy.get("sender").get("code").asString()).isEqualTo("gov-office");
        assertThat(copy.get("copyNumber").asString()).isEqualTo("000001");
        assertThat(copy.get("urgency").asString()).isEqualTo("加急");
    }

    @Test
    void aReturnCarriesTheReason() {
        Delivery delivery = Copies.in(io.zhengtong.exchange.delivery.DeliveryStatus.DELIVERED, AT);
        delivery.returnToSender(ZHU_HONG, "非我局职责范围", AT.plusSeconds(60));

        assertThat(published(delivery)).singleElement().isInstanceOfSatisfying(DeliveryEvents.Returned.class,
                r -> assertThat(r.reason()).isEqualTo("非我局职责范围"));
    }
}
