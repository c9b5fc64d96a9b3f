package io.zhengtong.exchange.events;

import java.security.cert.CertificateEncodingException;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import io.zhengtong.exchange.delivery.DeliveryNotice;
import io.zhengtong.exchange.document.CopyNumber;
import io.zhengtong.exchange.document.DisclosureMode;
import io.zhengtong.exchange.document.DocumentNumber;
import io.zhengtong.exchange.document.DocumentMetadata;
import io.zhengtong.exchange.document.Organ;
import io.zhengtong.exchange.document.Urgency;
import io.zhengtong.exchange.outgoing.DocumentDispatched;
import io.zhengtong.exchange.outgoing.RecipientKind;
import io.zhengtong.exchange.signature.DocumentSignature;

/**
 * The exchange's public events (contracts in the README): one topic for the document aggregate,
 * keyed by the document id, so one document's events stay in order.
 */
public final class ExchangeEvents {

    public static final String TOPIC = "exchange.documents";
    public static final String DISPATCHED = "zhengtong.exchange.document.dispatched.v1";
    public static final String PUBLISHED_FOR_DISCLOSURE = "zhengtong.exchange.document.published-for-disclosure.v1";

    private ExchangeEvents() {
    }

    /** The dispatch as recipients need it: metadata, 份号 and the signature reference, never file bytes. */
    public static DocumentDispatchedEvent dispatched(DocumentDispatched dispatched) {
        DocumentMetadata m = dispatched.metadata();
        DocumentSignature s = dispatched.signature();
        String id = dispatched.documentId().toString();
        return new DocumentDispatchedEvent(UUID.randomUUID(), id, dispatched.occurredAt(), dispatched.documentId(),
                m.number().formatted(), m.title(), m.classification().label(), m.urgency().label(),
                m.disclosure().label(), party(m.issuer()), party(m.printer()), m.signatories(), m.writtenOn(),
                m.printedOn(), m.mainRecipients().stream().map(ExchangeEvents::party).toList(),
                m.copyRecipients().stream().map(ExchangeEvents::party).toList(),
                dispatched.copies().stream()
                    .map(c -> new DocumentDispatchedEvent.Copy(party(c.recipient()), c.kind().name(),
                            c.copyNumber().formatted()))
                    .toList(),
                new DocumentDispatchedEvent.Signature(s.algorithm().label(), s.signerUnitCode(), s.signedAt(),
                        s.metadataDigest(),
                        s.files().stream()
                            .map(f -> new DocumentDispatchedEvent.SignedFile(f.role().name(), f.name(), f.size(),
                                    f.digest()))
                            .toList(),
                        Base64.getEncoder().encodeToString(s.value()), certificate(s)),
                dispatched.dispatchedBy());
    }

    /** What a recipient makes of the event: one delivery notice per copy, as {@code DeliveryNotice.of} gives at dispatch. */
    public static List<DeliveryNotice> notices(DocumentDispatchedEvent event) {
        return event.copies().stream()
            .map(copy -> new DeliveryNotice(event.documentId(), event.issuer().organ(), copy.recipient().organ(),
                    RecipientKind.valueOf(copy.kind()), CopyNumber.parse(copy.copyNumber()),
                    DocumentNumber.parse(event.number()), event.title(), Urgency.parse(event.urgency()),
                    event.signature().metadataDigest()))
            .toList();
    }

    /** Only a 主动公开 document is announced to the disclosure catalogue. */
    public static List<DocumentPublishedForDisclosure> publishedForDisclosure(DocumentDispatched dispatched) {
        DocumentMetadata m = dispatched.metadata();
        if (m.disclosure() != DisclosureMode.PROACTIVE) {
            return List.of();
        }
        return List.of(new DocumentPublishedForDisclosure(UUID.randomUUID(), dispatched.documentId().toString(),
                dispatched.occurredAt(), dispatched.documentId(), m.number().formatted(), m.title(),
                party(m.issuer()), m.writtenOn(), m.printedOn(), m.urgency().label()));
    }

    static Party party(Organ organ) {
        return new Party(organ.code(), organ.name());
    }

    private static String certificate(DocumentSignature s) {
        try {
            return Base64.getEncoder().encodeToString(s.certificate().getEncoded());
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A unit as events name it. */
    public record Party(String code, String name) {

        public Organ organ() {
            return new Organ(code, name);
        }
    }
}
