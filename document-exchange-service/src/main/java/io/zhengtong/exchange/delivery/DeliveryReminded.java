package io.zhengtong.exchange.delivery;

import java.time.Instant;
import java.util.UUID;

public record DeliveryReminded(UUID documentId, String recipientUnitCode, Reminder reminder, Instant occurredAt) implements DeliveryEvent {
}
