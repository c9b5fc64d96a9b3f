package io.zhengtong.exchange.outgoing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** 签发: the leader (签发人) approved; the 成文日期 is the day of signing off. */
public record DocumentSignedOff(UUID documentId, String unitCode, String leader, String signatory, LocalDate writtenOn,
        Instant occurredAt) implements OutgoingDocumentEvent {
}
