package io.zhengtong.exchange.outgoing;

import java.time.Instant;
import java.util.UUID;

/** What happened to an outgoing document; collected by the aggregate, published by the use case. */
public sealed interface OutgoingDocumentEvent
        permits DocumentDrafted, DocumentSubmittedForChecking, DocumentSentBack, DocumentChecked, DocumentSignedOff,
        DocumentDispatched {

    UUID documentId();

    Instant occurredAt();
}
