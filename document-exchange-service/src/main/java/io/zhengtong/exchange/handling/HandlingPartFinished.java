package io.zhengtong.exchange.handling;

import java.time.Instant;
import java.util.UUID;

public record HandlingPartFinished(UUID handlingId, UUID documentId, String unitCode, String handler,
        boolean allFinished, Instant occurredAt) implements HandlingEvent {
}
