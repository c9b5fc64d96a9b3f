package io.zhengtong.exchange.sending;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.zhengtong.exchange.document.Organ;
import io.zhengtong.exchange.outgoing.OutgoingDocument;
import io.zhengtong.exchange.signature.SignatureVerification;

/** An outgoing document as its sending unit sees it. */
public record OutgoingDocumentView(UUID id, long version, String status, String statusLabel, Organ issuer, String prefix,
        String title, String classification, String urgency, String disclosure, List<Organ> mainRecipients,
        List<Organ> copyRecipients, String drafter, String lastSendBackRemark, String signatory, LocalDate writtenOn,
        String number, LocalDate printedOn, Instant dispatchedAt, List<StoredFile> files, List<Copy> copies,
        Signature signature, List<Step> history) {

    public record Copy(Organ recipient, String kind, String copyNumber) {
    }

    public record Step(String action, String actionLabel, String actor, String actorName, Instant at, String remark) {
    }

    /** The stored signature and, checked now against the decrypted files, whether it is still valid. */
    public record Signature(String algorithm, String signerUnitCode, Instant signedAt, String metadataDigest,
            String certificateSerialNumber, SignatureVerification verification) {
    }

    static OutgoingDocumentView of(OutgoingDocument d, long version, List<StoredFile> files, SignatureVerification check) {
        var content = d.content();
        var metadata = d.metadata();
        return new OutgoingDocumentView(d.id(), version, d.status().name(), d.status().label(), d.issuer(), content.prefix(),
                content.title(), content.classification().label(), content.urgency().label(), content.disclosure().label(),
                content.mainRecipients(), content.copyRecipients(), d.drafter(), d.lastSendBackRemark(),
                d.signatory().orElse(null), d.writtenOn().orElse(null),
                metadata.map(m -> m.number().formatted()).orElse(null), metadata.map(m -> m.printedOn()).orElse(null),
                d.dispatchedAt().orElse(null), files,
                d.copies().stream().map(c -> new Copy(c.recipient(), c.kind().name(), c.copyNumber().toString())).toList(),
                d.signature().map(s -> new Signature(s.algorithm().label(), s.signerUnitCode(), s.signedAt(),
                        s.metadataDigest(), s.certificate().getSerialNumber().toString(16), check)).orElse(null),
                d.history().stream().map(h -> new Step(h.action().name(), h.action().label(), h.actor(), h.actorName(),
                        h.at(), h.remark())).toList());
    }
}
