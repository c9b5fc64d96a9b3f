package io.zhengtong.mailbox.supervision;

import io.zhengtong.mailbox.deadline.DeadlineCheck;
import io.zhengtong.mailbox.deadline.DeadlinePolicy;
import io.zhengtong.mailbox.deadline.DeadlineStanding;
import io.zhengtong.mailbox.events.LetterDueSoon;
import io.zhengtong.mailbox.letter.Letter;
import io.zhengtong.mailbox.letter.LetterId;
import io.zhengtong.mailbox.store.Letters;
import io.zhengtong.mailbox.store.StoredLetter;
import io.zhengtong.platform.calendar.WorkingDayCalendar;
import java.sql.Date;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminders before the deadline (到期提醒): on the reminder schedule, every letter awaiting its
 * answer with at most {@code due-soon-within} working days left is announced to its handling unit
 * once per due date: {@code zhengtong.mailbox.letter.due-soon.v1}, which the notification consumer
 * turns into the unit's SMS and e-mail. No history line: nobody acted, and the notification log
 * shows what was sent.
 *
 * <p>Safe with several instances and across restarts, as {@link OverdueReminders}: a conditional
 * UPDATE sets the letter's {@code due_soon_notice_due} to its due date in the transaction that
 * publishes the event (outbox); a second instance waits on the row lock, then finds it set and
 * announces nothing. A new due date (extension, reopened, recomputed) is announced again.
 */
@Component
public class DueSoonReminders {

    private static final Logger log = LoggerFactory.getLogger(DueSoonReminders.class);
    private static final int BATCH = 500;

    private final Letters letters;
    private final DeadlinePolicy policy;
    private final WorkingDayCalendar calendar;
    private final NamedParameterJdbcTemplate jdbc;
    private final ApplicationEventPublisher publisher;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public DueSoonReminders(Letters letters, DeadlinePolicy policy, WorkingDayCalendar calendar,
            NamedParameterJdbcTemplate jdbc, ApplicationEventPublisher publisher, TransactionTemplate transactions,
            Clock clock) {
        this.letters = letters;
        this.policy = policy;
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.publisher = publisher;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(cron = "${zhengtong.mailbox.supervision.reminder-cron:0 */10 * * * *}", zone = "Asia/Shanghai")
    void onSchedule() {
        int announced = remindAt(clock.instant());
        if (announced > 0) {
            log.info("Due-soon reminders: {} letters announced", announced);
        }
    }

    /** Announces the letters due soon at {@code now} not announced yet; answers how many. */
    public int remindAt(Instant now) {
        LocalDate today = WorkingDayCalendar.dateOf(now);
        // The last day with at most `dueSoonWithin` working days left, as the due-soon list counts.
        LocalDate last = calendar.addWorkingDays(today, policy.thresholds().dueSoonWithin() + 1).minusDays(1);
        int announced = 0;
        Candidate after = new Candidate("", today.minusDays(1));
        List<Candidate> batch;
        do {
            batch = dueSoonAfter(after, today, last);
            for (Candidate letter : batch) {
                after = letter;
                String id = letter.id();
                if (Boolean.TRUE.equals(transactions.execute(tx -> remind(id, now, today)))) {
                    announced++;
                }
            }
        } while (batch.size() == BATCH);
        return announced;
    }

    private record Candidate(String id, LocalDate due) {
    }

    /** The next batch after {@code after} (by due date, then id) of letters due soon and not announced for that due date. */
    private List<Candidate> dueSoonAfter(Candidate after, LocalDate today, LocalDate last) {
        return jdbc.query("""
                SELECT id, due_date FROM letter
                WHERE status IN (:statuses) AND due_date BETWEEN :today AND :last
                  AND NOT (due_soon_notice_due <=> due_date)
                  AND (due_date > :afterDue OR (due_date = :afterDue AND id > :afterId))
                ORDER BY due_date, id
                LIMIT :batch""",
                new MapSqlParameterSource("statuses", SupervisionLists.AWAITING_ANSWER.stream().map(Enum::name).toList())
                    .addValue("today", Date.valueOf(today)).addValue("last", Date.valueOf(last))
                    .addValue("afterDue", Date.valueOf(after.due())).addValue("afterId", after.id())
                    .addValue("batch", BATCH),
                (rs, n) -> new Candidate(rs.getString("id"), rs.getDate("due_date").toLocalDate()));
    }

    private boolean remind(String id, Instant now, LocalDate today) {
        Optional<StoredLetter> found = letters.find(new LetterId(UUID.fromString(id)));
        if (found.isEmpty()) {
            return false;
        }
        Letter letter = found.get().letter();
        Optional<DeadlineCheck> check = policy.check(letter, today, calendar);
        if (check.isEmpty() || check.get().standing() != DeadlineStanding.DUE_SOON || !claim(id, check.get().due())) {
            return false;
        }
        publisher.publishEvent(LetterDueSoon.of(letter, check.get().workingDaysLeft(),
                SupervisionLists.responsibleUnit(letter), now));
        return true;
    }

    /** Notes that this due date was announced; false when it was already (here or by another instance). */
    private boolean claim(String id, LocalDate due) {
        return jdbc.update("""
                UPDATE letter SET due_soon_notice_due = :due
                WHERE id = :id AND (due_soon_notice_due IS NULL OR due_soon_notice_due <> :due)""",
                new MapSqlParameterSource("id", id).addValue("due", Date.valueOf(due))) == 1;
    }
}
