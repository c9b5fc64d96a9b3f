package io.zhengtong.exchange.delivery;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

import io.zhengtong.exchange.document.CopyNumber;
import io.zhengtong.exchange.document.DocumentNumber;
import io.zhengtong.exchange.document.Organ;
import io.zhengtong.exchange.document.Urgency;
import io.zhengtong.exchange.outgoing.DocumentDispatched;
import io.zhengtong.exchange.outgoing.RecipientKind;

/**
 * One copy to deliver, as the fan-out reads it from a dispatch: enough for the inbox and the
 * board without loading the document. {@code metadataDigest} identifies the signed content, so
 * a redelivery carrying a different document under the same key is recognised as a conflict.
 */
public record DeliveryNotice(UUID documentId, Organ sender, Organ recipient, RecipientKind kind, CopyNumber copyNumber,
        DocumentNumber number, String title, Urgency urgency, String metadataDigest) {

    public DeliveryNotice {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(sender, "sender");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(copyNumber, "copyNumber");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(urgency, "urgency");
        Objects.requireNonNull(metadataDigest, "metadataDigest");
    }

    /** One notice per 主送 and 抄送 unit of a dispatch, in printed order. */
    public static List<DeliveryNotice> of(DocumentDispatched dispatched) {
        return dispatched.copies().stream()
            .map(copy -> new DeliveryNotice(dispatched.documentId(), dispatched.metadata().issuer(), copy.recipient(),
                    copy.kind(), copy.copyNumber(), dispatched.metadata().number(), dispatched.metadata().title(),
                    dispatched.metadata().urgency(), dispatched.signature().metadataDigest()))
            .toList();
    }

    public DeliveryKey key() {
        return new DeliveryKey(documentId, recipient.code());
    }
}
