package io.zhengtong.exchange.receiving;

import java.util.UUID;

import org.springframework.stereotype.Component;

import io.zhengtong.exchange.delivery.Delivery;

/** The delivery's events, taken from the aggregate; not published outside the service yet. */
@Component
class DeliveryEventPublisher {

    void publish(UUID deliveryId, Delivery delivery) {
        delivery.pullEvents();
    }
}
