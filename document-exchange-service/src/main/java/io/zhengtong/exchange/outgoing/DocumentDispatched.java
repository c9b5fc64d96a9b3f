package io.zhengtong.exchange.outgoing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.zhengtong.exchange.document.DocumentMetadata;
import io.zhengtong.exchange.signature.DocumentSignature;

/**
 * The document left the unit: numbered, signed, one copy per 主送 and 抄送 unit. The fan-out
 * creates one delivery per {@link #copies()} entry ({@code DeliveryNotice.of}).
 */
public record DocumentDispatched(UUID documentId, DocumentMetadata metadata, DocumentSignature signature,
        List<DispatchedCopy> copies, String dispatchedBy, Instant occurredAt) implements OutgoingDocumentEvent {

    public DocumentDispatched {
        copies = List.copyOf(copies);
    }
}
