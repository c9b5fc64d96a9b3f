package io.zhengtong.exchange.receiving;

import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import io.zhengtong.exchange.delivery.Delivery;
import io.zhengtong.exchange.delivery.DeliveryEvent;
import io.zhengtong.exchange.events.DeliveryEvents;

/**
 * Hands the delivery's events to the outbox, inside the caller's transaction: stored with the
 * change, relayed to {@code exchange.deliveries} after the commit, gone with a rollback.
 */
@Component
class DeliveryEventPublisher {

    private final ApplicationEventPublisher events;

    DeliveryEventPublisher(ApplicationEventPublisher events) {
        this.events = events;
    }

    void publish(UUID deliveryId, Delivery delivery) {
        for (DeliveryEvent event : delivery.pullEvents()) {
            events.publishEvent(DeliveryEvents.of(deliveryId, delivery, event));
        }
    }
}
