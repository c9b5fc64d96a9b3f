package io.zhengtong.exchange.outgoing;

import java.time.Instant;
import java.util.UUID;

public record DocumentSubmittedForChecking(UUID documentId, String unitCode, String submittedBy, Instant occurredAt)
        implements OutgoingDocumentEvent {
}
