package io.zhengtong.exchange.outgoing;

import static io.zhengtong.exchange.workflow.ExchangeRoles.LEADER;
import static io.zhengtong.exchange.workflow.ExchangeRoles.REVIEWER;
import static io.zhengtong.exchange.workflow.ExchangeRoles.STAFF;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import io.zhengtong.exchange.audit.AuditAction;
import io.zhengtong.exchange.document.CopyNumber;
import io.zhengtong.exchange.document.DocumentMetadata;
import io.zhengtong.exchange.document.DocumentNumber;
import io.zhengtong.exchange.document.Organ;
import io.zhengtong.exchange.signature.CanonicalDocument;
import io.zhengtong.exchange.signature.DocumentSignature;
import io.zhengtong.exchange.signature.SignatureVerification;
import io.zhengtong.exchange.workflow.ExchangeRoles;
import io.zhengtong.exchange.workflow.HistoryEntry;
import io.zhengtong.exchange.workflow.IllegalTransition;
import io.zhengtong.exchange.workflow.Remarks;
import io.zhengtong.platform.calendar.WorkingDayCalendar;
import io.zhengtong.platform.problem.DomainRuleViolation;
import io.zhengtong.platform.security.CurrentUser;

/**
 * An outgoing document (发文) inside its sending unit: 拟稿 → 核稿 → 签发 → 分发. Every step is one
 * method that checks the state, the caller's role and unit, records a history line and a
 * past-tense event. The number and the signature are taken only at dispatch, so a draft that
 * is abandoned never consumes a number (the numbering has no gaps).
 */
public final class OutgoingDocument {

    private final UUID id;
    private final Organ issuer;
    private final String drafter;
    private OutgoingStatus status;
    private DraftContent content;
    private String lastSendBackRemark = "";
    private String signatory;
    private String signedOffBy;
    private LocalDate writtenOn;
    private DocumentMetadata metadata;
    private DocumentSignature signature;
    private List<DispatchedCopy> copies = List.of();
    private Instant dispatchedAt;
    private final List<HistoryEntry> history = new ArrayList<>();
    private final List<OutgoingDocumentEvent> events = new ArrayList<>();

    private OutgoingDocument(UUID id, Organ issuer, String drafter, DraftContent content) {
        this.id = id;
        this.issuer = issuer;
        this.drafter = drafter;
        this.content = content;
        this.status = OutgoingStatus.DRAFTING;
    }

    /**
     * 拟稿: a clerk (staff) of the issuing unit starts a draft. Classified markings are refused by
     * {@link DraftContent}; recipients, title and 代字 are checked now as far as they can be.
     */
    public static OutgoingDocument draft(UUID id, Organ issuer, DraftContent content, CurrentUser clerk, Instant at) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(issuer, "issuer");
        ExchangeRoles.require(clerk, issuer.code(), "拟稿", STAFF);
        check(issuer, content, at);
        OutgoingDocument document = new OutgoingDocument(id, issuer, clerk.username(), content);
        document.record(AuditAction.COMPOSED, clerk, at, "");
        document.events.add(new DocumentDrafted(id, issuer.code(), clerk.username(), at));
        return document;
    }

    /** Changes the draft's content while it is being drafted (also after it was sent back). */
    public void revise(DraftContent newContent, CurrentUser clerk, Instant at) {
        requireStatus("修改草稿", OutgoingStatus.DRAFTING);
        ExchangeRoles.require(clerk, issuer.code(), "修改草稿", STAFF);
        check(issuer, newContent, at);
        this.content = newContent;
        record(AuditAction.COMPOSED, clerk, at, "修改草稿");
    }

    /** 送核稿: the clerk hands the draft to the checker. */
    public void submitForChecking(CurrentUser clerk, Instant at) {
        requireStatus("送核稿", OutgoingStatus.DRAFTING);
        ExchangeRoles.require(clerk, issuer.code(), "送核稿", STAFF);
        status = OutgoingStatus.CHECKING;
        record(AuditAction.SUBMITTED, clerk, at, "");
        events.add(new DocumentSubmittedForChecking(id, issuer.code(), clerk.username(), at));
    }

    /** 核稿通过: a reviewer (or leader) of the unit passes the draft on to 签发, with an optional opinion. */
    public void check(CurrentUser checker, String opinion, Instant at) {
        requireStatus("核稿", OutgoingStatus.CHECKING);
        ExchangeRoles.require(checker, issuer.code(), "核稿", REVIEWER, LEADER);
        String text = Remarks.optional(opinion, "opinion", "核稿意见");
        status = OutgoingStatus.AWAITING_SIGN_OFF;
        record(AuditAction.REVIEWED, checker, at, text);
        events.add(new DocumentChecked(id, issuer.code(), checker.username(), text, at));
    }

    /**
     * 退回修改: the checker (at 核稿) or a leader (at 签发) sends the draft back to drafting; the
     * remark, which is required, tells the drafter what to change.
     */
    public void sendBack(CurrentUser reviewer, String remark, Instant at) {
        requireStatus("退回修改", OutgoingStatus.CHECKING, OutgoingStatus.AWAITING_SIGN_OFF);
        if (status == OutgoingStatus.CHECKING) {
            ExchangeRoles.require(reviewer, issuer.code(), "退回修改", REVIEWER, LEADER);
        } else {
            ExchangeRoles.require(reviewer, issuer.code(), "退回修改", LEADER);
        }
        String text = Remarks.required(remark, "remark", "退回修改意见");
        OutgoingStatus from = status;
        status = OutgoingStatus.DRAFTING;
        lastSendBackRemark = text;
        record(AuditAction.SENT_BACK, reviewer, at, text);
        events.add(new DocumentSentBack(id, issuer.code(), reviewer.username(), from, text, drafter, at));
    }

    /** 签发: a leader of the unit approves; they become the 签发人 and the day is the 成文日期. */
    public void signOff(CurrentUser leader, String opinion, Instant at) {
        requireStatus("签发", OutgoingStatus.AWAITING_SIGN_OFF);
        ExchangeRoles.require(leader, issuer.code(), "签发", LEADER);
        String text = Remarks.optional(opinion, "opinion", "签发意见");
        signatory = leader.name() == null || leader.name().isBlank() ? leader.username() : leader.name();
        signedOffBy = leader.username();
        writtenOn = WorkingDayCalendar.dateOf(at);
        status = OutgoingStatus.SIGNED_OFF;
        record(AuditAction.APPROVED, leader, at, text);
        events.add(new DocumentSignedOff(id, issuer.code(), leader.username(), signatory, writtenOn, at));
    }

    /**
     * The metadata the document will carry if dispatched at {@code at} with {@code number}: what
     * the dispatch use case signs before calling {@link #dispatch}. Changes nothing.
     */
    public DocumentMetadata metadataFor(DocumentNumber number, Instant at) {
        requireStatus("生成公文要素", OutgoingStatus.SIGNED_OFF);
        return build(number, WorkingDayCalendar.dateOf(at));
    }

    /**
     * 分发: a clerk of the unit sends the signed-off document with the number just allocated and the
     * unit's signature over {@link #metadataFor(DocumentNumber, Instant) the metadata}. The
     * signature must be the issuing unit's, cover exactly this metadata, and have passed the
     * dispatcher's own check ({@code selfCheck}): an expired or revoked key would otherwise send
     * a document every recipient sees as INVALID.
     */
    public void dispatch(CurrentUser clerk, DocumentNumber number, DocumentSignature documentSignature,
            SignatureVerification selfCheck, Instant at) {
        requireStatus("分发", OutgoingStatus.SIGNED_OFF);
        ExchangeRoles.require(clerk, issuer.code(), "分发", STAFF);
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(documentSignature, "signature");
        LocalDate printedOn = WorkingDayCalendar.dateOf(at);
        if (!number.prefix().equals(content.prefix())) {
            throw DomainRuleViolation.unprocessable("number-prefix-mismatch", "发文字号与草稿不符",
                    "发文字号“" + number + "”的代字与草稿的代字“" + content.prefix() + "”不一致。");
        }
        if (number.year() != printedOn.getYear()) {
            throw DomainRuleViolation.unprocessable("number-year-mismatch", "发文字号与印发年份不符",
                    "发文字号“" + number + "”的年份与印发日期 " + printedOn + " 的年份不一致。");
        }
        DocumentMetadata built = build(number, printedOn);
        if (!issuer.code().equals(documentSignature.signerUnitCode())) {
            throw DomainRuleViolation.unprocessable("signature-not-issuer", "签名单位不是发文机关",
                    "公文须由发文机关“" + issuer.name() + "”签名。");
        }
        String digest = documentSignature.algorithm().hash().hex(CanonicalDocument.metadata(built));
        if (!digest.equals(documentSignature.metadataDigest())) {
            throw DomainRuleViolation.unprocessable("signature-metadata-mismatch", "签名与公文要素不符",
                    "签名所覆盖的公文要素与待分发的公文（" + number + "）不一致，请重新签名。");
        }
        if (selfCheck == null || !selfCheck.isValid()) {
            throw DomainRuleViolation.unprocessable("signature-self-check-failed", "签名自检未通过",
                    "分发前的签名自检未通过：" + (selfCheck == null ? "未进行自检。" : selfCheck.message()));
        }
        metadata = built;
        signature = documentSignature;
        copies = copiesOf(built);
        dispatchedAt = at;
        status = OutgoingStatus.DISPATCHED;
        record(AuditAction.DISPATCHED, clerk, at, number.formatted() + "，分送" + copies.size() + "个单位");
        events.add(new DocumentDispatched(id, metadata, signature, copies, clerk.username(), at));
    }

    private static List<DispatchedCopy> copiesOf(DocumentMetadata built) {
        List<DispatchedCopy> numbered = new ArrayList<>();
        for (Organ organ : built.mainRecipients()) {
            numbered.add(new DispatchedCopy(organ, RecipientKind.MAIN, new CopyNumber(numbered.size() + 1)));
        }
        for (Organ organ : built.copyRecipients()) {
            numbered.add(new DispatchedCopy(organ, RecipientKind.COPY, new CopyNumber(numbered.size() + 1)));
        }
        return List.copyOf(numbered);
    }

    /**
     * The state a store keeps; the dispatched metadata and the 份号 are not stored but rebuilt from
     * it, so what is shown after a reload is exactly what was signed (or the signature check fails).
     */
    public record Snapshot(UUID id, Organ issuer, String drafter, OutgoingStatus status, DraftContent content,
            String lastSendBackRemark, String signatory, String signedOffBy, LocalDate writtenOn, DocumentNumber number,
            DocumentSignature signature, Instant dispatchedAt, List<HistoryEntry> history) {

        public Snapshot {
            history = List.copyOf(history);
        }
    }

    public Snapshot snapshot() {
        return new Snapshot(id, issuer, drafter, status, content, lastSendBackRemark, signatory, signedOffBy, writtenOn,
                metadata == null ? null : metadata.number(), signature, dispatchedAt, history);
    }

    /** Rebuilds a stored document; no event is raised and nothing is checked again. */
    public static OutgoingDocument restore(Snapshot stored) {
        OutgoingDocument document = new OutgoingDocument(stored.id(), stored.issuer(), stored.drafter(), stored.content());
        document.status = stored.status();
        document.lastSendBackRemark = stored.lastSendBackRemark() == null ? "" : stored.lastSendBackRemark();
        document.signatory = stored.signatory();
        document.signedOffBy = stored.signedOffBy();
        document.writtenOn = stored.writtenOn();
        document.history.addAll(stored.history());
        if (stored.status() == OutgoingStatus.DISPATCHED) {
            document.metadata = document.build(stored.number(), WorkingDayCalendar.dateOf(stored.dispatchedAt()));
            document.signature = stored.signature();
            document.copies = copiesOf(document.metadata);
            document.dispatchedAt = stored.dispatchedAt();
        }
        return document;
    }

    private DocumentMetadata build(DocumentNumber number, LocalDate printedOn) {
        return new DocumentMetadata(content.classification(), content.urgency(), issuer, number, List.of(signatory),
                content.title(), content.mainRecipients(), content.copyRecipients(), writtenOn,
                content.printer() == null ? issuer : content.printer(), printedOn, content.disclosure());
    }

    /** Runs the metadata rules on a draft with stand-ins for what only 签发 and dispatch give. */
    private static void check(Organ issuer, DraftContent content, Instant at) {
        Objects.requireNonNull(content, "content");
        LocalDate today = WorkingDayCalendar.dateOf(at);
        new DocumentMetadata(content.classification(), content.urgency(), issuer,
                new DocumentNumber(content.prefix(), today.getYear(), 1), List.of("签发人"), content.title(),
                content.mainRecipients(), content.copyRecipients(), today,
                content.printer() == null ? issuer : content.printer(), today, content.disclosure());
    }

    private void requireStatus(String step, OutgoingStatus... allowed) {
        for (OutgoingStatus candidate : allowed) {
            if (status == candidate) {
                return;
            }
        }
        throw new IllegalTransition(step, status.label());
    }

    private void record(AuditAction action, CurrentUser actor, Instant at, String remark) {
        history.add(new HistoryEntry(action, actor.username(), actor.name(), issuer.code(), at, remark));
    }

    /** The events since the last call, oldest first; the use case publishes them in its transaction. */
    public List<OutgoingDocumentEvent> pullEvents() {
        List<OutgoingDocumentEvent> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    public UUID id() {
        return id;
    }

    public Organ issuer() {
        return issuer;
    }

    public String drafter() {
        return drafter;
    }

    public OutgoingStatus status() {
        return status;
    }

    public DraftContent content() {
        return content;
    }

    /** The remark of the latest 退回修改, empty if never sent back. */
    public String lastSendBackRemark() {
        return lastSendBackRemark;
    }

    /** The 签发人's name, once signed off. */
    public Optional<String> signatory() {
        return Optional.ofNullable(signatory);
    }

    public Optional<String> signedOffBy() {
        return Optional.ofNullable(signedOffBy);
    }

    public Optional<LocalDate> writtenOn() {
        return Optional.ofNullable(writtenOn);
    }

    /** The dispatched metadata (number included), once dispatched. */
    public Optional<DocumentMetadata> metadata() {
        return Optional.ofNullable(metadata);
    }

    public Optional<DocumentSignature> signature() {
        return Optional.ofNullable(signature);
    }

    public List<DispatchedCopy> copies() {
        return copies;
    }

    public Optional<Instant> dispatchedAt() {
        return Optional.ofNullable(dispatchedAt);
    }

    public List<HistoryEntry> history() {
        return List.copyOf(history);
    }
}
