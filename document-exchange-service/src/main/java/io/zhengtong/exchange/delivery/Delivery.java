package io.zhengtong.exchange.delivery;

import static io.zhengtong.exchange.workflow.ExchangeRoles.STAFF;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.zhengtong.exchange.audit.AuditAction;
import io.zhengtong.exchange.signature.SignatureVerification;
import io.zhengtong.exchange.workflow.ExchangeRoles;
import io.zhengtong.exchange.workflow.HistoryEntry;
import io.zhengtong.exchange.workflow.IllegalTransition;
import io.zhengtong.exchange.workflow.Remarks;
import io.zhengtong.platform.problem.DomainRuleViolation;
import io.zhengtong.platform.security.CurrentUser;

/**
 * One recipient unit's copy of a dispatched document: 待签收 → (opened) → 签收 or 退回. Opening,
 * signing for and returning are done by staff of the recipient unit; reminders (催办) come from
 * the sending unit or the system and stop once the copy is signed for or returned.
 */
public final class Delivery {

    private final DeliveryNotice notice;
    private final Instant deliveredAt;
    private DeliveryStatus status = DeliveryStatus.DELIVERED;
    private String firstReadBy;
    private Instant firstReadAt;
    private SignForReceipt receipt;
    private String returnedBy;
    private Instant returnedAt;
    private String returnReason;
    private final List<Reminder> reminders = new ArrayList<>();
    private final List<HistoryEntry> history = new ArrayList<>();
    private final List<DeliveryEvent> events = new ArrayList<>();

    private Delivery(DeliveryNotice notice, Instant deliveredAt) {
        this.notice = notice;
        this.deliveredAt = deliveredAt;
    }

    /** The result of {@link #deliverOnce}: the delivery and whether this call created it. */
    public record Outcome(Delivery delivery, boolean created) {
    }

    /** 送达: puts the copy in the recipient's inbox as 待签收. */
    public static Delivery deliver(DeliveryNotice notice, Instant at) {
        Objects.requireNonNull(notice, "notice");
        Objects.requireNonNull(at, "at");
        Delivery delivery = new Delivery(notice, at);
        delivery.history.add(new HistoryEntry(AuditAction.DELIVERED, HistoryEntry.SYSTEM, "系统",
                notice.recipient().code(), at, "份号 " + notice.copyNumber().formatted()));
        delivery.events.add(new DocumentDelivered(notice.documentId(), notice.recipient().code(),
                notice.sender().code(), at));
        return delivery;
    }

    /**
     * Delivers unless the same copy (same {@link DeliveryKey}) was delivered already: a redelivered
     * event then returns the existing delivery untouched, with no new event. A redelivery whose
     * content differs (another signed digest or 份号 under the same key) is refused (409): it is
     * not the same document and must not silently replace or be dropped.
     */
    public static Outcome deliverOnce(Optional<Delivery> existing, DeliveryNotice notice, Instant at) {
        if (existing.isEmpty()) {
            return new Outcome(deliver(notice, at), true);
        }
        Delivery delivery = existing.get();
        if (!delivery.key().equals(notice.key())) {
            throw new IllegalArgumentException("the existing delivery " + delivery.key() + " is not " + notice.key());
        }
        if (!delivery.notice.metadataDigest().equals(notice.metadataDigest())
                || !delivery.notice.copyNumber().equals(notice.copyNumber())) {
            throw DomainRuleViolation.conflict("redelivery-differs", "重复送达的公文内容不一致",
                    "“" + notice.recipient().name() + "”已收到公文“" + delivery.notice.number()
                            + "”，再次送达的内容与已送达的不一致，已拒收。");
        }
        return new Outcome(delivery, false);
    }

    /**
     * 阅读: a staff member of the recipient unit opens the document. Only the first opening
     * changes the copy: 待签收 becomes 已阅待签收, who and when are kept for the sender's board and
     * one READ line goes into the history. Later openings (a colleague, the same clerk again)
     * change nothing, so they save nothing and cannot make a colleague's sign-for a conflict.
     *
     * @return whether this opening changed the copy (and must be saved)
     */
    public boolean open(CurrentUser reader, Instant at) {
        ExchangeRoles.require(reader, recipientCode(), "阅读公文", STAFF);
        if (firstReadAt != null) {
            return false;
        }
        markRead(reader, at);
        history.add(entry(AuditAction.READ, reader, at, ""));
        return true;
    }

    /**
     * 签收: a staff member of the recipient unit acknowledges the copy after seeing the signature
     * check. An INVALID signature (altered file or metadata, wrong key, revoked certificate…)
     * blocks it: the clerk should return the document instead. Produces the receipt.
     */
    public SignForReceipt signFor(CurrentUser clerk, SignatureVerification verification, Instant at) {
        requireStatus("签收", DeliveryStatus.DELIVERED, DeliveryStatus.READ);
        ExchangeRoles.require(clerk, recipientCode(), "签收", STAFF);
        if (verification == null) {
            throw DomainRuleViolation.unprocessable("signature-not-checked", "未核验签名", "签收前须核验公文的电子签名。");
        }
        if (!verification.isValid()) {
            throw DomainRuleViolation.unprocessable("invalid-signature", "签名无效，不能签收",
                    "该公文的电子签名无效，不能签收，请退回发文单位。" + verification.message());
        }
        if (!notice.sender().code().equals(verification.signerUnitCode())) {
            throw DomainRuleViolation.unprocessable("signature-of-another-unit", "签名单位不是发文机关",
                    "核验的签名属于“" + verification.signerUnitName() + "”，不是发文机关“" + notice.sender().name() + "”。");
        }
        markRead(clerk, at);
        receipt = new SignForReceipt(notice.documentId(), notice.number(), notice.sender(), notice.recipient(),
                notice.copyNumber(), clerk.username(), clerk.name(), at, notice.metadataDigest());
        status = DeliveryStatus.SIGNED_FOR;
        history.add(entry(AuditAction.SIGNED_FOR, clerk, at, ""));
        events.add(new DocumentSignedFor(notice.documentId(), recipientCode(), receipt, at));
        return receipt;
    }

    /** 退回: a staff member of the recipient unit sends the copy back; the reason is required. */
    public void returnToSender(CurrentUser clerk, String reason, Instant at) {
        requireStatus("退回", DeliveryStatus.DELIVERED, DeliveryStatus.READ);
        ExchangeRoles.require(clerk, recipientCode(), "退回", STAFF);
        String text = Remarks.required(reason, "reason", "退回理由");
        returnedBy = clerk.username();
        returnedAt = at;
        returnReason = text;
        status = DeliveryStatus.RETURNED;
        history.add(entry(AuditAction.RETURNED, clerk, at, text));
        events.add(new DocumentReturned(notice.documentId(), recipientCode(), clerk.username(), text, at));
    }

    /** 人工催办: a staff member of the sending unit reminds the recipient; only while it is pending. */
    public void remindManually(CurrentUser senderClerk, String note, Instant at) {
        requireStatus("催办", DeliveryStatus.DELIVERED, DeliveryStatus.READ);
        ExchangeRoles.require(senderClerk, notice.sender().code(), "催办", STAFF);
        String text = Remarks.optional(note, "note", "催办说明");
        Reminder reminder = new Reminder(Reminder.Kind.MANUAL, senderClerk.username(), senderClerk.name(), at, text);
        reminders.add(reminder);
        history.add(new HistoryEntry(AuditAction.REMINDED, senderClerk.username(), senderClerk.name(),
                notice.sender().code(), at, text));
        events.add(new DeliveryReminded(notice.documentId(), recipientCode(), reminder, at));
    }

    /**
     * 自动催办, sent by the scheduler when {@code ReminderPolicy} says one is due; only while the
     * copy is pending (the scheduler may race a sign-for: the state check decides).
     */
    public void remindAutomatically(Instant at) {
        requireStatus("催办", DeliveryStatus.DELIVERED, DeliveryStatus.READ);
        Reminder reminder = new Reminder(Reminder.Kind.AUTOMATIC, HistoryEntry.SYSTEM, "系统", at, "");
        reminders.add(reminder);
        history.add(new HistoryEntry(AuditAction.REMINDED, HistoryEntry.SYSTEM, "系统", notice.sender().code(), at,
                Reminder.Kind.AUTOMATIC.label()));
        events.add(new DeliveryReminded(notice.documentId(), recipientCode(), reminder, at));
    }

    private void markRead(CurrentUser reader, Instant at) {
        if (firstReadAt == null) {
            firstReadBy = reader.username();
            firstReadAt = at;
            events.add(new DocumentRead(notice.documentId(), recipientCode(), reader.username(), at));
        }
        if (status == DeliveryStatus.DELIVERED) {
            status = DeliveryStatus.READ;
        }
    }

    private void requireStatus(String step, DeliveryStatus... allowed) {
        for (DeliveryStatus candidate : allowed) {
            if (status == candidate) {
                return;
            }
        }
        throw new IllegalTransition(step, status.label());
    }

    private HistoryEntry entry(AuditAction action, CurrentUser actor, Instant at, String remark) {
        return new HistoryEntry(action, actor.username(), actor.name(), recipientCode(), at, remark);
    }

    private String recipientCode() {
        return notice.recipient().code();
    }

    /** Everything a delivery is, for storing it (events are not part of it: they are published, not kept). */
    public record Snapshot(DeliveryNotice notice, Instant deliveredAt, DeliveryStatus status, String firstReadBy,
            Instant firstReadAt, SignForReceipt receipt, String returnedBy, Instant returnedAt, String returnReason,
            List<Reminder> reminders, List<HistoryEntry> history) {

        public Snapshot {
            Objects.requireNonNull(notice, "notice");
            Objects.requireNonNull(deliveredAt, "deliveredAt");
            Objects.requireNonNull(status, "status");
            reminders = reminders == null ? List.of() : List.copyOf(reminders);
            history = history == null ? List.of() : List.copyOf(history);
        }
    }

    public Snapshot snapshot() {
        return new Snapshot(notice, deliveredAt, status, firstReadBy, firstReadAt, receipt, returnedBy, returnedAt,
                returnReason, reminders, history);
    }

    /** A stored delivery as it was saved, with no pending events. */
    public static Delivery restore(Snapshot stored) {
        Delivery delivery = new Delivery(stored.notice(), stored.deliveredAt());
        delivery.status = stored.status();
        delivery.firstReadBy = stored.firstReadBy();
        delivery.firstReadAt = stored.firstReadAt();
        delivery.receipt = stored.receipt();
        delivery.returnedBy = stored.returnedBy();
        delivery.returnedAt = stored.returnedAt();
        delivery.returnReason = stored.returnReason();
        delivery.reminders.addAll(stored.reminders());
        delivery.history.addAll(stored.history());
        return delivery;
    }

    /** The events since the last call, oldest first. */
    public List<DeliveryEvent> pullEvents() {
        List<DeliveryEvent> pulled = List.copyOf(events);
        events.clear();
        return pulled;
    }

    public DeliveryKey key() {
        return notice.key();
    }

    public DeliveryNotice notice() {
        return notice;
    }

    public Instant deliveredAt() {
        return deliveredAt;
    }

    public DeliveryStatus status() {
        return status;
    }

    public Optional<String> firstReadBy() {
        return Optional.ofNullable(firstReadBy);
    }

    public Optional<Instant> firstReadAt() {
        return Optional.ofNullable(firstReadAt);
    }

    public Optional<SignForReceipt> receipt() {
        return Optional.ofNullable(receipt);
    }

    public Optional<String> returnedBy() {
        return Optional.ofNullable(returnedBy);
    }

    public Optional<Instant> returnedAt() {
        return Optional.ofNullable(returnedAt);
    }

    public Optional<String> returnReason() {
        return Optional.ofNullable(returnReason);
    }

    public List<Reminder> reminders() {
        return List.copyOf(reminders);
    }

    /** The latest reminder of either kind. */
    public Optional<Reminder> lastReminder() {
        return reminders.isEmpty() ? Optional.empty() : Optional.of(reminders.getLast());
    }

    public List<HistoryEntry> history() {
        return List.copyOf(history);
    }
}
