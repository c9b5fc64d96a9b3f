package io.zhengtong.exchange.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import io.zhengtong.exchange.events.ExchangeEvents.Party;
import io.zhengtong.platform.events.EventContract;
import io.zhengtong.platform.events.IntegrationEvent;

/**
 * A document was dispatched (分发): numbered and signed by the sending unit, one copy per 主送 and
 * 抄送 unit. Carries what a recipient needs to create its delivery and check the signature later;
 * the files stay in the service (recipients download them there). Contract: see the README.
 */
@EventContract(type = ExchangeEvents.DISPATCHED, topic = ExchangeEvents.TOPIC)
public record DocumentDispatchedEvent(UUID eventId, String aggregateId, Instant occurredAt, UUID documentId,
        String number, String title, String classification, String urgency, String disclosure, Party issuer,
        Party printer, List<String> signatories, LocalDate writtenOn, LocalDate printedOn, List<Party> mainRecipients,
        List<Party> copyRecipients, List<Copy> copies, Signature signature, String dispatchedBy)
        implements IntegrationEvent {

    /** One recipient's copy: {@code kind} MAIN (主送) or COPY (抄送), {@code copyNumber} the six-digit 份号. */
    public record Copy(Party recipient, String kind, String copyNumber) {
    }

    /** The signature reference: what was signed (digests), by whom, the value and certificate in Base64 (DER). */
    public record Signature(String algorithm, String signerUnitCode, Instant signedAt, String metadataDigest,
            List<SignedFile> files, String value, String certificate) {
    }

    /** A signed file: role BODY or ATTACHMENT, size in bytes, digest hex of the plaintext. */
    public record SignedFile(String role, String name, long size, String digest) {
    }
}
