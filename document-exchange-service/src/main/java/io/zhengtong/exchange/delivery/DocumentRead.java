package io.zhengtong.exchange.delivery;

import java.time.Instant;
import java.util.UUID;

public record DocumentRead(UUID documentId, String recipientUnitCode, String readBy, Instant occurredAt) implements DeliveryEvent {
}
