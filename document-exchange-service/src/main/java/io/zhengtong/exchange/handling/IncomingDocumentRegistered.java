package io.zhengtong.exchange.handling;

import java.time.Instant;
import java.util.UUID;

public record IncomingDocumentRegistered(UUID handlingId, UUID documentId, String unitCode, String registeredBy,
        Instant occurredAt) implements HandlingEvent {
}
