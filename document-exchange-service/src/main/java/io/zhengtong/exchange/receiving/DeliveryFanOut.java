package io.zhengtong.exchange.receiving;

import java.time.Clock;
import java.time.Instant;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.zhengtong.exchange.delivery.Delivery;
import io.zhengtong.exchange.delivery.DeliveryNotice;
import io.zhengtong.exchange.events.DocumentDispatchedEvent;
import io.zhengtong.exchange.events.ExchangeEvents;
import io.zhengtong.platform.events.EventHandlers;
import io.zhengtong.platform.events.InboundEvents;

/**
 * The fan-out: each dispatch event puts one copy in the inbox of every 主送 and 抄送 unit. Twice
 * protected against a second delivery: the event id is applied once ({@link InboundEvents}), and
 * a dispatch re-sent under a new id finds the existing copy by its key (document, recipient)
 * ({@link Delivery#deliverOnce}), backed by the table's unique key.
 */
@Component
class DeliveryFanOut {

    static final String CONSUMER = "exchange-delivery";

    private final InboundEvents inbound;
    private final EventHandlers handlers;
    private final Deliveries deliveries;
    private final DeliveryChanges changes;
    private final Clock clock;

    DeliveryFanOut(InboundEvents inbound, Deliveries deliveries, DeliveryChanges changes, Clock clock) {
        this.inbound = inbound;
        this.deliveries = deliveries;
        this.changes = changes;
        this.clock = clock;
        this.handlers = EventHandlers.of(CONSUMER)
            .on(ExchangeEvents.DISPATCHED, DocumentDispatchedEvent.class, event -> deliver(event.data()));
    }

    @KafkaListener(topics = "${zhengtong.events.topic-prefix:}" + ExchangeEvents.TOPIC,
            groupId = "${zhengtong.exchange.delivery-consumer-group:" + CONSUMER + "}")
    void on(ConsumerRecord<String, byte[]> record) {
        inbound.apply(record, handlers);
    }

    /** Runs in the transaction that records the event id. */
    void deliver(DocumentDispatchedEvent event) {
        Instant now = clock.instant();
        for (DeliveryNotice notice : ExchangeEvents.notices(event)) {
            Delivery.Outcome outcome = Delivery.deliverOnce(
                    deliveries.find(notice.key()).map(Deliveries.Stored::delivery), notice, now);
            if (outcome.created()) {
                changes.add(outcome.delivery());
            }
        }
    }
}
