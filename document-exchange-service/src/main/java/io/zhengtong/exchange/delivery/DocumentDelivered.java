package io.zhengtong.exchange.delivery;

import java.time.Instant;
import java.util.UUID;

public record DocumentDelivered(UUID documentId, String recipientUnitCode, String senderUnitCode, Instant occurredAt) implements DeliveryEvent {
}
