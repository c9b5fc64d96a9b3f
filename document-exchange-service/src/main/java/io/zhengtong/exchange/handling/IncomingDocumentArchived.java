package io.zhengtong.exchange.handling;

import java.time.Instant;
import java.util.UUID;

public record IncomingDocumentArchived(UUID handlingId, UUID documentId, String unitCode, String archivedBy,
        Instant occurredAt) implements HandlingEvent {
}
