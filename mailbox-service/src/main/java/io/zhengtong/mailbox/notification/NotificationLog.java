package io.zhengtong.mailbox.notification;

import io.zhengtong.mailbox.store.PersonalDataCipher;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every notification and what became of it (table {@code letter_notification}), which is also the
 * queue of notices to send: one row per event, channel, audience and recipient. The address is
 * kept masked for reading and encrypted for sending, and the encrypted one is cleared once the
 * notice is final.
 */
@Component
class NotificationLog {

    enum Status {
        /** Waiting to be sent, or to be tried again after its server was unavailable. */
        PENDING,
        /** Handed to the server. */
        SENT,
        /** The server stayed unavailable for every attempt; given up. */
        FAILED,
        /** The server refused the address for good; not retried. */
        REFUSED,
        /** No server configured for the channel. */
        SKIPPED;

        boolean isFinal() {
            return this != PENDING;
        }
    }

    /** One row, as the tests and the OA read it. */
    record Entry(String eventId, String letterId, String occasion, Channel channel, Audience audience, String recipientRef,
            String recipientMasked, Template template, Status status, int attempts, String lastError, Instant sentAt) {
    }

    /** A notice this sender claimed: only the holder of {@code token} may record its outcome. */
    record Claimed(long id, String token, String letterId, Notice notice, int attempts) {
    }

    private final JdbcTemplate jdbc;
    private final PersonalDataCipher cipher;
    private final TransactionTemplate ownTransaction;

    NotificationLog(JdbcTemplate jdbc, PersonalDataCipher cipher, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.cipher = cipher;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Records a notice to send ({@code PENDING}, due at {@code now}) or one that will not be sent
     * ({@code SKIPPED}), in the caller's transaction: the consumer's, which also records the event
     * as processed. A notice already recorded for this event is left as it is.
     */
    void record(String eventId, String letterId, Occasion occasion, Notice notice, Status status, String error, Instant now) {
        boolean pending = status == Status.PENDING;
        jdbc.update("""
                insert into letter_notification (event_id, letter_id, occasion, channel, audience, recipient_ref,
                    recipient_masked, template, status, attempts, last_error, created_at, address_enc, subject, body,
                    next_attempt_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?)
                on duplicate key update id = id""",
                eventId, letterId, occasion.name(), notice.channel().name(), notice.audience().name(), notice.recipientRef(),
                notice.maskedAddress(), notice.template().name(), status.name(), truncated(error), Timestamp.from(now),
                pending ? cipher.encrypt(notice.address()) : null, notice.subject(), notice.text(),
                pending ? Timestamp.from(now) : null);
    }

    /**
     * Claims the notice due longest, if any, in a short transaction of its own: the row is locked
     * with {@code SKIP LOCKED} (another instance claiming at the same moment takes the next one),
     * then hidden until {@code now + lease} under a fresh token. Notices on the channels in
     * {@code except} (found unavailable during this run) are left for a later run.
     */
    Optional<Claimed> claimNextDue(Instant now, Duration lease, Set<Channel> except) {
        List<Object> arguments = new ArrayList<>(List.of(Timestamp.from(now)));
        except.forEach(channel -> arguments.add(channel.name()));
        String channels = except.isEmpty() ? "" : except.stream().map(c -> "?")
            .collect(Collectors.joining(", ", " and channel not in (", ")"));
        return ownTransaction.execute(tx -> {
            List<Long> due = jdbc.queryForList("""
                    select id from letter_notification
                    where status = 'PENDING' and next_attempt_at <= ?%s
                    order by next_attempt_at, id limit 1
                    for update skip locked""".formatted(channels), Long.class, arguments.toArray());
            if (due.isEmpty()) {
                return Optional.empty();
            }
            String token = UUID.randomUUID().toString();
            jdbc.update("update letter_notification set claim_token = ?, next_attempt_at = ? where id = ?", token,
                    Timestamp.from(now.plus(lease)), due.get(0));
            return jdbc.query("""
                    select id, letter_id, audience, recipient_ref, channel, address_enc, template, subject, body, attempts
                    from letter_notification where id = ?""",
                    (rs, row) -> new Claimed(rs.getLong(1), token, rs.getString(2),
                            new Notice(Audience.valueOf(rs.getString(3)), rs.getString(4), Channel.valueOf(rs.getString(5)),
                                    cipher.decrypt(rs.getString(6)), Template.valueOf(rs.getString(7)), rs.getString(8),
                                    rs.getString(9)),
                            rs.getInt(10)),
                    due.get(0)).stream().findFirst();
        });
    }

    /**
     * The outcome of one attempt: {@code PENDING} with the next attempt's time, or a final status.
     * Answers false when the claim was lost (the lease ran out and another sender took it).
     */
    boolean recordAttempt(Claimed claimed, Status status, String error, Instant now, Instant nextAttempt) {
        boolean sent = status == Status.SENT;
        return ownTransaction.execute(tx -> jdbc.update("""
                update letter_notification
                set status = ?, attempts = attempts + 1, last_error = ?, sent_at = ?, next_attempt_at = ?, claim_token = null,
                    address_enc = case when ? then null else address_enc end
                where id = ? and claim_token = ?""",
                status.name(), sent ? null : truncated(error), sent ? Timestamp.from(now) : null,
                nextAttempt == null ? null : Timestamp.from(nextAttempt), status.isFinal(), claimed.id(), claimed.token()) == 1);
    }

    /** How many notices wait to be sent and how many were given up, for the metrics. */
    Map<Status, Long> counts() {
        Map<Status, Long> counts = new EnumMap<>(Status.class);
        counts.put(Status.PENDING, 0L);
        counts.put(Status.FAILED, 0L);
        jdbc.query("select status, count(*) from letter_notification where status in ('PENDING', 'FAILED') group by status",
                rs -> {
                    counts.put(Status.valueOf(rs.getString(1)), rs.getLong(2));
                });
        return counts;
    }

    List<Entry> ofLetter(String letterId) {
        return jdbc.query("""
                select event_id, letter_id, occasion, channel, audience, recipient_ref, recipient_masked, template, status,
                    attempts, last_error, sent_at
                from letter_notification where letter_id = ? order by id""",
                (rs, row) -> new Entry(rs.getString(1), rs.getString(2), rs.getString(3), Channel.valueOf(rs.getString(4)),
                        Audience.valueOf(rs.getString(5)), rs.getString(6), rs.getString(7), Template.valueOf(rs.getString(8)),
                        Status.valueOf(rs.getString(9)), rs.getInt(10), rs.getString(11),
                        rs.getTimestamp(12) == null ? null : rs.getTimestamp(12).toInstant()),
                letterId);
    }

    private static String truncated(String error) {
        return error == null || error.length() <= 500 ? error : error.substring(0, 500);
    }
}
