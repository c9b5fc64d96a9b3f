package io.zhengtong.exchange.receiving;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.zhengtong.exchange.delivery.Delivery;
import io.zhengtong.exchange.document.DocumentMetadata;
import io.zhengtong.exchange.document.Organ;
import io.zhengtong.exchange.sending.StoredFile;
import io.zhengtong.exchange.signature.SignatureVerification;

/**
 * A delivered document as the recipient unit sees it: its copy (份号, status), the GB/T 9704
 * elements, the files, the signature checked now against the stored files, and the receipt or
 * the return once there is one.
 */
public record IncomingDocumentView(UUID id, long version, UUID documentId, String status, String statusLabel,
        String kind, String copyNumber, Instant deliveredAt, Instant firstReadAt, String firstReadBy, String number,
        String title, String classification, String urgency, String disclosure, Organ issuer, Organ printer,
        List<String> signatories, List<Organ> mainRecipients, List<Organ> copyRecipients, LocalDate writtenOn,
        LocalDate printedOn, List<StoredFile> files, SignatureVerification signature, ReceiptView receipt,
        Instant returnedAt, String returnedBy, String returnReason, List<Step> history) {

    public record Step(String action, String actionLabel, String actor, String actorName, Instant at, String remark) {
    }

    static IncomingDocumentView of(UUID id, long version, Delivery d, DocumentMetadata m, List<StoredFile> files,
            SignatureVerification check, ReceiptView receipt) {
        return new IncomingDocumentView(id, version, d.key().documentId(), d.status().name(), d.status().label(),
                d.notice().kind().name(), d.notice().copyNumber().formatted(), d.deliveredAt(),
                d.firstReadAt().orElse(null), d.firstReadBy().orElse(null), m.number().formatted(), m.title(),
                m.classification().label(), m.urgency().label(), m.disclosure().label(), m.issuer(), m.printer(),
                m.signatories(), m.mainRecipients(), m.copyRecipients(), m.writtenOn(), m.printedOn(), files, check,
                receipt, d.returnedAt().orElse(null), d.returnedBy().orElse(null), d.returnReason().orElse(null),
                d.history().stream().map(h -> new Step(h.action().name(), h.action().label(), h.actor(), h.actorName(),
                        h.at(), h.remark())).toList());
    }
}
