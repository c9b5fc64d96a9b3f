package io.zhengtong.exchange.delivery;

import java.time.Instant;
import java.util.UUID;

public record DocumentSignedFor(UUID documentId, String recipientUnitCode, SignForReceipt receipt, Instant occurredAt) implements DeliveryEvent {
}
