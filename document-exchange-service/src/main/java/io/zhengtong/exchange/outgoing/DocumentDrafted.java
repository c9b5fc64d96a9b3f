package io.zhengtong.exchange.outgoing;

import java.time.Instant;
import java.util.UUID;

public record DocumentDrafted(UUID documentId, String unitCode, String drafter, Instant occurredAt)
        implements OutgoingDocumentEvent {
}
