package io.zhengtong.exchange.outgoing;

import java.time.Instant;
import java.util.UUID;

/** 核稿 passed: the draft waits for a leader's 签发. */
public record DocumentChecked(UUID documentId, String unitCode, String checkedBy, String opinion, Instant occurredAt)
        implements OutgoingDocumentEvent {
}
