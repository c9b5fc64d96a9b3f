package io.zhengtong.mailbox.notification;

import io.zhengtong.mailbox.store.PersonalDataCipher;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
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
        SKIPPED,
        /** A lookup the directory answered: one notice per person found was recorded. */
        RESOLVED,
        /** A lookup that found nobody with an address on the channel (the unit has nobody to tell). */
        NOBODY;

        boolean isFinal() {
            return this != PENDING;
        }
    }

    /** One row, as the tests and the OA read it. */
    record Entry(String eventId, String letterId, String occasion, Channel channel, Audience audience, String recipientRef,
            String recipientMasked, Template template, Status status, int attempts, String lastError, Instant sentAt) {
    }

    /** A notice this sender claimed: only the holder of {@code token} may record its outcome. */
    record Claimed(long id, String token, String letterId, Notice notice, int attempts, String eventId, Occasion occasion) {

        Claimed(long id, String token, String letterId, Notice notice, int attempts) {
            this(id, token, letterId, notice, attempts, null, null);
        }
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

    /** A notice to record about a letter (a merged letter's under that letter), with its status and why. */
    record Recorded(String letterId, Notice notice, Status status, String error) {
    }

    /**
     * Records a notice to send ({@code PENDING}, due at {@code now}) or one that will not be sent
     * ({@code SKIPPED}), in the caller's transaction: the consumer's, which also records the event
     * as processed. A notice already recorded for this event is left as it is.
     */
    void record(String eventId, String letterId, Occasion occasion, Notice notice, Status status, String error, Instant now) {
        recordAll(eventId, occasion, List.of(new Recorded(letterId, notice, status, error)), now);
    }

    /** {@link #record} for all notices of one event, in one statement. */
    void recordAll(String eventId, Occasion occasion, List<Recorded> notices, Instant now) {
        if (notices.isEmpty()) {
            return;
        }
        List<Object> arguments = new ArrayList<>(notices.size() * 16);
        for (Recorded recorded : notices) {
            Notice notice = recorded.notice();
            boolean pending = recorded.status() == Status.PENDING;
            arguments.addAll(Arrays.asList(eventId, recorded.letterId(), occasion.name(), notice.channel().name(),
                    notice.audience().name(), notice.recipientRef(), notice.maskedAddress(), notice.template().name(),
                    recorded.status().name(), truncated(recorded.error()), Timestamp.from(now),
                    pending && notice.address() != null ? cipher.encrypt(notice.address()) : null, notice.subject(),
                    notice.text(), pending ? Timestamp.from(now) : null, notice.lookup()));
        }
        jdbc.update("""
                insert into letter_notification (event_id, letter_id, occasion, channel, audience, recipient_ref,
                    recipient_masked, template, status, attempts, last_error, created_at, address_enc, subject, body,
                    next_attempt_at, lookup)
                values %s
                on duplicate key update id = id""".formatted(notices.stream()
                    .map(n -> "(?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?)").collect(Collectors.joining(", "))),
                arguments.toArray());
    }

    /** What the directory answered for one claimed lookup: the notices to the people found, or why nobody. */
    record LookedUp(Claimed claimed, List<Notice> found, String note) {
    }

    /**
     * The outcomes of lookups this sender claimed (one group of a sending run), in one transaction of
     * their own: for each, the notices to the people found (due now) and the lookup {@code RESOLVED},
     * or {@code NOBODY} with why. Answers the claims that were lost (the lease ran out): nothing is
     * recorded for those. A person's notice recorded before (a crash after this) is left as it is.
     */
    List<Claimed> recordLookups(List<LookedUp> outcomes, Instant now) {
        return ownTransaction.execute(tx -> {
            List<Claimed> lost = new ArrayList<>();
            for (LookedUp outcome : outcomes) {
                Claimed claimed = outcome.claimed();
                Status status = outcome.found().isEmpty() ? Status.NOBODY : Status.RESOLVED;
                if (jdbc.update("""
                        update letter_notification
                        set status = ?, attempts = attempts + 1, last_error = ?, next_attempt_at = null, claim_token = null
                        where id = ? and claim_token = ?""",
                        status.name(), truncated(outcome.note()), claimed.id(), claimed.token()) != 1) {
                    lost.add(claimed);
                    continue;
                }
                for (Notice notice : outcome.found()) {
                    record(claimed.eventId(), claimed.letterId(), claimed.occasion(), notice, Status.PENDING, null, now);
                }
            }
            return lost;
        });
    }

    /**
     * The leader the letter was last forwarded to, as its forwarded notice recorded them: the
     * withdrawn event no longer names them (the letter forgot them when it was taken back).
     */
    Optional<String> lastForwardedLeader(String letterId) {
        return jdbc.queryForList("""
                select lookup from letter_notification
                where letter_id = ? and occasion = ? and lookup like 'person:%'
                order by id desc limit 1""", String.class, letterId, Occasion.FORWARDED.name())
            .stream().findFirst().map(spec -> Lookup.parse(spec).username());
    }

    /**
     * Claims the notice due longest, if any, in a short transaction of its own: the row is locked
     * with {@code SKIP LOCKED} (another instance claiming at the same moment takes the next one),
     * then hidden until {@code now + lease} under a fresh token. Notices on the channels in
     * {@code except} (found unavailable during this run) are left for a later run.
     */
    Optional<Claimed> claimNextDue(Instant now, Duration lease, Set<Channel> except) {
        return claimNextDue(now, lease, except, false);
    }

    /** As {@link #claimNextDue(Instant, Duration, Set)}; {@code withoutLookups}: the directory was found unavailable in this run. */
    Optional<Claimed> claimNextDue(Instant now, Duration lease, Set<Channel> except, boolean withoutLookups) {
        List<Object> arguments = new ArrayList<>(List.of(Timestamp.from(now)));
        except.forEach(channel -> arguments.add(channel.name()));
        String channels = notOn(except) + (withoutLookups ? " and lookup is null" : "");
        return claim("""
                select id from letter_notification
                where status = 'PENDING' and next_attempt_at <= ?%s
                order by next_attempt_at, id limit 1
                for update skip locked""".formatted(channels), arguments, now, lease).stream().findFirst();
    }

    /**
     * Claims up to {@code limit} more due lookups with the same {@code spec} (any channel but those in
     * {@code except}), oldest first, as {@link #claimNextDue} claims one: the sender looks them up
     * together, with one question to the directory.
     */
    List<Claimed> claimDueLookups(String spec, Instant now, Duration lease, Set<Channel> except, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        List<Object> arguments = new ArrayList<>(List.of(Timestamp.from(now), spec));
        except.forEach(channel -> arguments.add(channel.name()));
        arguments.add(limit);
        return claim("""
                select id from letter_notification
                where status = 'PENDING' and next_attempt_at <= ? and lookup = ?%s
                order by next_attempt_at, id limit ?
                for update skip locked""".formatted(notOn(except)), arguments, now, lease);
    }

    private static String notOn(Set<Channel> except) {
        return except.isEmpty() ? "" : except.stream().map(c -> "?").collect(Collectors.joining(", ", " and channel not in (", ")"));
    }

    /** Locks the rows {@code due} selects and hides them until {@code now + lease} under a fresh token, in a short transaction. */
    private List<Claimed> claim(String due, List<Object> arguments, Instant now, Duration lease) {
        return ownTransaction.execute(tx -> {
            List<Long> ids = jdbc.queryForList(due, Long.class, arguments.toArray());
            if (ids.isEmpty()) {
                return List.of();
            }
            String token = UUID.randomUUID().toString();
            String in = ids.stream().map(id -> "?").collect(Collectors.joining(", "));
            List<Object> claiming = new ArrayList<>(List.of(token, Timestamp.from(now.plus(lease))));
            claiming.addAll(ids);
            jdbc.update("update letter_notification set claim_token = ?, next_attempt_at = ? where id in (" + in + ")",
                    claiming.toArray());
            return jdbc.query("""
                    select id, letter_id, audience, recipient_ref, channel, address_enc, template, subject, body, attempts,
                        lookup, event_id, occasion
                    from letter_notification where id in (%s) order by id""".formatted(in),
                    (rs, row) -> new Claimed(rs.getLong(1), token, rs.getString(2),
                            new Notice(Audience.valueOf(rs.getString(3)), rs.getString(4), Channel.valueOf(rs.getString(5)),
                                    rs.getString(6) == null ? null : cipher.decrypt(rs.getString(6)),
                                    Template.valueOf(rs.getString(7)), rs.getString(8), rs.getString(9), rs.getString(11)),
                            rs.getInt(10), rs.getString(12), Occasion.valueOf(rs.getString(13))),
                    ids.toArray());
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
