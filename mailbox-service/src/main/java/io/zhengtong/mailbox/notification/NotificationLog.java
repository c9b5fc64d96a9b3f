package io.zhengtong.mailbox.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every notification and what became of it (table {@code letter_notification}): the address only
 * masked. Each write commits on its own, outside the consumer's transaction: when a later notice
 * of the same event fails and the event is retried, the ones already sent stay recorded as sent
 * and are not sent twice.
 */
@Component
class NotificationLog {

    enum Status {
        /** Handed to the server. */
        SENT,
        /** The server was unavailable; the event is retried. */
        FAILED,
        /** The server refused the address for good; not retried. */
        REFUSED,
        /** No server configured for the channel. */
        SKIPPED;

        boolean isFinal() {
            return this != FAILED;
        }
    }

    /** One row, as the tests and a future OA page read it. */
    record Entry(String eventId, String letterId, String occasion, Channel channel, Audience audience, String recipientRef,
            String recipientMasked, Template template, Status status, int attempts, String lastError,
            java.time.Instant sentAt) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Clock clock;

    NotificationLog(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    Optional<Status> status(String eventId, Notice notice) {
        return ownTransaction.execute(tx -> jdbc.query("""
                select status from letter_notification
                where event_id = ? and channel = ? and audience = ? and recipient_ref = ?""",
                (rs, row) -> Status.valueOf(rs.getString(1)), eventId, notice.channel().name(), notice.audience().name(),
                notice.recipientRef()).stream().findFirst());
    }

    void record(String eventId, String letterId, Occasion occasion, Notice notice, Status status, String error) {
        Timestamp now = Timestamp.from(clock.instant());
        ownTransaction.executeWithoutResult(tx -> jdbc.update("""
                insert into letter_notification (event_id, letter_id, occasion, channel, audience, recipient_ref,
                    recipient_masked, template, status, attempts, last_error, created_at, sent_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)
                on duplicate key update status = values(status), attempts = attempts + 1,
                    last_error = values(last_error), sent_at = values(sent_at), recipient_masked = values(recipient_masked)""",
                eventId, letterId, occasion.name(), notice.channel().name(), notice.audience().name(), notice.recipientRef(),
                notice.maskedAddress(), notice.template().name(), status.name(), truncated(error), now,
                status == Status.SENT ? now : null));
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
