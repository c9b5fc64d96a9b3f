package io.zhengtong.exchange.delivery;

import java.time.Instant;
import java.util.UUID;

public record DocumentReturned(UUID documentId, String recipientUnitCode, String returnedBy, String reason, Instant occurredAt) implements DeliveryEvent {
}
