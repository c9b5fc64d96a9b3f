package io.zhengtong.exchange.outgoing;

import static io.zhengtong.exchange.document.Documents.CULTURE_TOURISM;
import static io.zhengtong.exchange.document.Documents.EDUCATION;
import static io.zhengtong.exchange.document.Documents.FINANCE;
import static io.zhengtong.exchange.document.Documents.GOV_OFFICE;
import static io.zhengtong.exchange.workflow.People.LIU_YANG;
import static io.zhengtong.exchange.workflow.People.LI_NA;
import static io.zhengtong.exchange.workflow.People.ZHANG_WEI;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.zhengtong.exchange.document.DisclosureMode;
import io.zhengtong.exchange.document.DocumentMetadata;
import io.zhengtong.exchange.document.DocumentNumber;
import io.zhengtong.exchange.document.Urgency;
import io.zhengtong.exchange.signature.DocumentSignature;
import io.zhengtong.exchange.signature.SignatureAlgorithm;
import io.zhengtong.exchange.signature.SignatureVerification;
import io.zhengtong.exchange.signature.SignatureVerification.Status;

/** A gov-office notice taken through its steps, with stand-in signatures (the crypto has its own tests). */
public final class Drafts {

    /** Monday 2026-03-02 09:00 in Fengxian. */
    public static final Instant MONDAY_9 = Instant.parse("2026-03-02T01:00:00Z");
    public static final DocumentNumber NUMBER = DocumentNumber.parse("凤政办〔2026〕12号");

    private Drafts() {
    }

    public static DraftContent notice() {
        return new DraftContent("", Urgency.URGENT, "凤政办", "关于做好2026年春季森林防火工作的通知",
                List.of(CULTURE_TOURISM, EDUCATION), List.of(FINANCE), null, DisclosureMode.PROACTIVE);
    }

    public static OutgoingDocument drafted() {
        return OutgoingDocument.draft(UUID.randomUUID(), GOV_OFFICE, notice(), ZHANG_WEI, MONDAY_9);
    }

    /** A notice brought to {@code status} by the right people, its events drained. */
    public static OutgoingDocument in(OutgoingStatus status) {
        OutgoingDocument document = drafted();
        if (status.ordinal() >= OutgoingStatus.CHECKING.ordinal()) {
            document.submitForChecking(ZHANG_WEI, MONDAY_9.plusSeconds(600));
        }
        if (status.ordinal() >= OutgoingStatus.AWAITING_SIGN_OFF.ordinal()) {
            document.check(LI_NA, "同意", MONDAY_9.plusSeconds(1200));
        }
        if (status.ordinal() >= OutgoingStatus.SIGNED_OFF.ordinal()) {
            document.signOff(LIU_YANG, "同意印发", MONDAY_9.plusSeconds(1800));
        }
        if (status == OutgoingStatus.DISPATCHED) {
            Instant at = MONDAY_9.plusSeconds(3600);
            document.dispatch(ZHANG_WEI, NUMBER, signatureOf(document.metadataFor(NUMBER, at), at), valid(at), at);
        }
        document.pullEvents();
        return document;
    }

    /** A stand-in for the unit's signature over {@code metadata} (right digest, no real value). */
    public static DocumentSignature signatureOf(DocumentMetadata metadata, Instant at) {
        SignatureAlgorithm algorithm = SignatureAlgorithm.SM2_SM3;
        String digest = algorithm.hash().hex(io.zhengtong.exchange.signature.CanonicalDocument.metadata(metadata));
        return new DocumentSignature(algorithm, metadata.issuer().code(), at, digest, List.of(), new byte[] {1}, null);
    }

    public static SignatureVerification valid(Instant at) {
        return new SignatureVerification(Status.VALID, null, "签名有效。", "gov-office", "凤县人民政府办公室", null, at,
                SignatureAlgorithm.SM2_SM3);
    }

    public static SignatureVerification invalid(SignatureVerification.Failure failure, Instant at) {
        return new SignatureVerification(Status.INVALID, failure, "签名无效：" + failure.label() + "。", "gov-office",
                "凤县人民政府办公室", null, at, SignatureAlgorithm.SM2_SM3);
    }
}
