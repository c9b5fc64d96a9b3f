package io.zhengtong.exchange.outgoing;

import java.time.Instant;
import java.util.UUID;

/** A checker or leader sent the draft back to the drafter with a remark (退回修改). */
public record DocumentSentBack(UUID documentId, String unitCode, String sentBackBy, OutgoingStatus from, String remark,
        String drafter, Instant occurredAt) implements OutgoingDocumentEvent {
}
