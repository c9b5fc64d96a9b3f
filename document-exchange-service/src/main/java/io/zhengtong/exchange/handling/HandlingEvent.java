package io.zhengtong.exchange.handling;

import java.time.Instant;
import java.util.UUID;

/** What happened in a unit's handling of a received document. */
public sealed interface HandlingEvent permits IncomingDocumentRegistered, HandlingProposed, HandlingInstructed, HandlingPartFinished,
        HandlingCompleted, IncomingDocumentArchived {

    UUID handlingId();

    UUID documentId();

    Instant occurredAt();
}
