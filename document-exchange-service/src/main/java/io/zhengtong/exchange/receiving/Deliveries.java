package io.zhengtong.exchange.receiving;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Repository;

import io.zhengtong.exchange.delivery.Delivery;
import io.zhengtong.exchange.delivery.DeliveryKey;
import io.zhengtong.exchange.delivery.DeliveryNotice;
import io.zhengtong.exchange.delivery.DeliveryStatus;
import io.zhengtong.exchange.delivery.Reminder;
import io.zhengtong.exchange.delivery.SignForReceipt;
import io.zhengtong.exchange.document.CopyNumber;
import io.zhengtong.exchange.document.DocumentNumber;
import io.zhengtong.exchange.document.Organ;
import io.zhengtong.exchange.document.Urgency;
import io.zhengtong.exchange.outgoing.RecipientKind;
import io.zhengtong.exchange.reminder.ReminderPolicy;
import io.zhengtong.exchange.workflow.HistoryEntry;
import io.zhengtong.platform.paging.PageQuery;
import tools.jackson.databind.json.JsonMapper;

/**
 * The deliveries (one per recipient unit and document): the aggregate's snapshot as JSON beside
 * the columns the inbox and the board filter on, and the receipt's signature once signed for.
 */
@Repository
public class Deliveries {

    /** A delivery as loaded, with its row id and the version a change must name. */
    public record Stored(UUID id, Delivery delivery, long version, byte[] receiptSignature,
            byte[] receiptCertificate) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final ReminderPolicy policy;

    public Deliveries(JdbcClient jdbc, JsonMapper json, ReminderPolicy policy) {
        this.jdbc = jdbc;
        this.json = json;
        this.policy = policy;
    }

    /** Inserts a new delivery; the unique key (document, recipient) refuses a second one. */
    public UUID add(Delivery delivery) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                INSERT INTO delivery (id, document_id, recipient_code, sender_code, status, urgency_rank, delivered_at,
                    calendar_fingerprint, next_reminder_at, version, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?)""")
            .params(id.toString(), delivery.key().documentId().toString(), delivery.key().recipientUnitCode(),
                    delivery.notice().sender().code(), delivery.status().name(),
                    delivery.notice().urgency().ordinal(), Timestamp.from(delivery.deliveredAt()),
                    policy.calendarFingerprint(), nextReminderAt(delivery), write(delivery))
            .update();
        return id;
    }

    /** Saves a changed delivery if nobody changed it since {@code version}; answers the new version. */
    public long save(UUID id, Delivery delivery, long version) {
        int updated = jdbc.sql("""
                UPDATE delivery SET status = ?, state = ?, calendar_fingerprint = ?, next_reminder_at = ?,
                    version = version + 1
                WHERE id = ? AND version = ?""")
            .params(delivery.status().name(), write(delivery), policy.calendarFingerprint(), nextReminderAt(delivery),
                    id.toString(), version)
            .update();
        if (updated != 1) {
            throw new ObjectOptimisticLockingFailureException(Delivery.class, id);
        }
        return version + 1;
    }

    /**
     * Pending copies whose automatic reminder is due by {@code now}, earliest first: only where to
     * look (the policy decides on the loaded copy). {@code onlyDocument} narrows a run to one
     * document (null: all).
     */
    public List<UUID> dueForReminder(Instant now, UUID onlyDocument, int limit) {
        return jdbc.sql("""
                SELECT id FROM delivery
                WHERE next_reminder_at <= :now AND status IN ('DELIVERED', 'READ')
                  AND (:document IS NULL OR document_id = :document)
                ORDER BY next_reminder_at, id LIMIT :limit""")
            .param("now", Timestamp.from(now))
            .param("document", onlyDocument == null ? null : onlyDocument.toString())
            .param("limit", limit)
            .query((rs, row) -> UUID.fromString(rs.getString(1)))
            .list();
    }

    /**
     * Writes the reminder time the policy gives now, if the copy is still the version read (a
     * changed copy wrote its own): a row written under another configuration or before the column
     * existed stops being looked at until it is due. Answers whether it was written.
     */
    public boolean rescheduleReminder(UUID id, Delivery delivery, long version) {
        return jdbc.sql("UPDATE delivery SET calendar_fingerprint = ?, next_reminder_at = ? WHERE id = ? AND version = ?")
            .params(policy.calendarFingerprint(), nextReminderAt(delivery), id.toString(), version)
            .update() == 1;
    }

    /**
     * Pending copies whose reminder time was computed on another calendar than {@code fingerprint}
     * (or before the calendar was recorded), in id order after {@code after} (null: from the start).
     */
    public List<UUID> computedOnAnotherCalendar(String fingerprint, UUID after, int limit) {
        return jdbc.sql("""
                SELECT id FROM delivery
                WHERE status IN ('DELIVERED', 'READ')
                  AND (calendar_fingerprint IS NULL OR calendar_fingerprint <> :fingerprint)
                  AND (:after IS NULL OR id > :after)
                ORDER BY id LIMIT :limit""")
            .param("fingerprint", fingerprint)
            .param("after", after == null ? null : after.toString())
            .param("limit", limit)
            .query((rs, row) -> UUID.fromString(rs.getString(1)))
            .list();
    }

    public Optional<Stored> findById(UUID id) {
        return jdbc.sql(SELECT + " WHERE id = ?").param(id.toString()).query((rs, row) -> stored(rs)).optional();
    }

    private Timestamp nextReminderAt(Delivery delivery) {
        return policy.nextAutomaticReminderAt(delivery).map(Timestamp::from).orElse(null);
    }

    public void storeReceiptSignature(UUID id, byte[] signature, byte[] certificate) {
        jdbc.sql("UPDATE delivery SET receipt_signature = ?, receipt_certificate = ? WHERE id = ?")
            .params(signature, certificate, id.toString())
            .update();
    }

    public Optional<Stored> find(DeliveryKey key) {
        return jdbc.sql(SELECT + " WHERE document_id = ? AND recipient_code = ?")
            .params(key.documentId().toString(), key.recipientUnitCode())
            .query((rs, row) -> stored(rs))
            .optional();
    }

    /** The delivery if it is addressed to the unit: another unit's is as good as absent. */
    public Optional<Stored> findForRecipient(UUID id, String recipientCode) {
        return jdbc.sql(SELECT + " WHERE id = ? AND recipient_code = ?")
            .params(id.toString(), recipientCode)
            .query((rs, row) -> stored(rs))
            .optional();
    }

    /** As {@link #findForRecipient}, the row locked until the transaction ends (签收 waits on it). */
    public Optional<Stored> lockForRecipient(UUID id, String recipientCode) {
        return jdbc.sql(SELECT + " WHERE id = ? AND recipient_code = ? FOR UPDATE")
            .params(id.toString(), recipientCode)
            .query((rs, row) -> stored(rs))
            .optional();
    }

    /** One page of the unit's inbox: urgent first (特急, 加急, others), then newest first. */
    public List<Stored> inbox(String recipientCode, List<DeliveryStatus> statuses, PageQuery page) {
        return jdbc.sql(SELECT + """
                 WHERE recipient_code = :unit AND status IN (:statuses)
                ORDER BY urgency_rank, delivered_at DESC, id LIMIT :limit OFFSET :offset""")
            .param("unit", recipientCode)
            .param("statuses", statuses.stream().map(Enum::name).toList())
            .param("limit", page.size()).param("offset", page.offset())
            .query((rs, row) -> stored(rs))
            .list();
    }

    public long countInbox(String recipientCode, List<DeliveryStatus> statuses) {
        return jdbc.sql("SELECT COUNT(*) FROM delivery WHERE recipient_code = :unit AND status IN (:statuses)")
            .param("unit", recipientCode)
            .param("statuses", statuses.stream().map(Enum::name).toList())
            .query(Long.class)
            .single();
    }

    /** Every delivery of a document, for the sender's board. */
    public List<Stored> ofDocument(UUID documentId) {
        return jdbc.sql(SELECT + " WHERE document_id = ? ORDER BY id")
            .param(documentId.toString())
            .query((rs, row) -> stored(rs))
            .list();
    }

    private static final String SELECT =
            "SELECT id, state, version, receipt_signature, receipt_certificate FROM delivery";

    private Stored stored(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Stored(UUID.fromString(rs.getString(1)),
                Delivery.restore(json.readValue(rs.getString(2), StoredState.class).snapshot()), rs.getLong(3),
                rs.getBytes(4), rs.getBytes(5));
    }

    private String write(Delivery delivery) {
        return json.writeValueAsString(StoredState.of(delivery.snapshot()));
    }

    /** The JSON form: numbers as their formatted text, the receipt by who and when (the rest is the notice). */
    record StoredState(UUID documentId, Organ sender, Organ recipient, RecipientKind kind, String copyNumber,
            String number, String title, Urgency urgency, String metadataDigest, Instant deliveredAt,
            DeliveryStatus status, String firstReadBy, Instant firstReadAt, String signedForBy, String signedForByName,
            Instant signedForAt, String returnedBy, Instant returnedAt, String returnReason, List<Reminder> reminders,
            List<HistoryEntry> history) {

        static StoredState of(Delivery.Snapshot s) {
            DeliveryNotice n = s.notice();
            SignForReceipt r = s.receipt();
            return new StoredState(n.documentId(), n.sender(), n.recipient(), n.kind(), n.copyNumber().formatted(),
                    n.number().formatted(), n.title(), n.urgency(), n.metadataDigest(), s.deliveredAt(), s.status(),
                    s.firstReadBy(), s.firstReadAt(), r == null ? null : r.signedForBy(),
                    r == null ? null : r.signedForByName(), r == null ? null : r.signedForAt(), s.returnedBy(),
                    s.returnedAt(), s.returnReason(), s.reminders(), s.history());
        }

        Delivery.Snapshot snapshot() {
            DeliveryNotice notice = new DeliveryNotice(documentId, sender, recipient, kind, CopyNumber.parse(copyNumber),
                    DocumentNumber.parse(number), title, urgency, metadataDigest);
            SignForReceipt receipt = signedForAt == null ? null
                    : new SignForReceipt(documentId, notice.number(), sender, recipient, notice.copyNumber(),
                            signedForBy, signedForByName, signedForAt, metadataDigest);
            return new Delivery.Snapshot(notice, deliveredAt, status, firstReadBy, firstReadAt, receipt, returnedBy,
                    returnedAt, returnReason, reminders, history);
        }
    }
}
