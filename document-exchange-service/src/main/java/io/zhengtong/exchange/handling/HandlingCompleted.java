package io.zhengtong.exchange.handling;

import java.time.Instant;
import java.util.UUID;

public record HandlingCompleted(UUID handlingId, UUID documentId, String unitCode, String completedBy,
        Instant occurredAt) implements HandlingEvent {
}
