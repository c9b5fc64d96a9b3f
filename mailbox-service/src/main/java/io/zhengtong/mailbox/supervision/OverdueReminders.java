package io.zhengtong.mailbox.supervision;

import io.zhengtong.mailbox.deadline.DeadlineCheck;
import io.zhengtong.mailbox.deadline.DeadlinePolicy;
import io.zhengtong.mailbox.events.LetterOverdue;
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
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Automatic reminders (自动催办): on a schedule, every letter past its due date without an answer
 * is announced once when it becomes overdue and once more at each card (yellow, red):
 * {@code zhengtong.mailbox.letter.overdue.v1} and a line in the letter's history.
 *
 * <p>Safe with several instances: each announcement first raises the letter's
 * {@code overdue_notice_level} with a conditional UPDATE in the same transaction as the history line
 * and the event (outbox). The row lock makes a second instance wait and then find the level
 * already raised, so it announces nothing. A new due date (reopened, recomputed) starts over.
 */
@Component
public class OverdueReminders {

    private static final Logger log = LoggerFactory.getLogger(OverdueReminders.class);
    private static final int BATCH = 500;

    private final Letters letters;
    private final DeadlinePolicy policy;
    private final WorkingDayCalendar calendar;
    private final NamedParameterJdbcTemplate jdbc;
    private final ApplicationEventPublisher publisher;
    private final TransactionTemplate transactions;
    private final Clock clock;

    public OverdueReminders(Letters letters, DeadlinePolicy policy,
            WorkingDayCalendar calendar, NamedParameterJdbcTemplate jdbc, ApplicationEventPublisher publisher,
            TransactionTemplate transactions, Clock clock) {
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
            log.info("Overdue reminders: {} letters announced", announced);
        }
    }

    /** Announces what is due at {@code now}; answers how many letters were announced. */
    public int remindAt(Instant now) {
        LocalDate today = WorkingDayCalendar.dateOf(now);
        int announced = 0;
        Overdue last = new Overdue("", LocalDate.of(1970, 1, 1));
        List<Overdue> batch;
        do {
            batch = overdueAfter(last, today);
            for (Overdue letter : batch) {
                last = letter;
                String id = letter.id();
                try {
                    if (Boolean.TRUE.equals(transactions.execute(tx -> remind(id, now, today)))) {
                        announced++;
                    }
                }
                catch (OptimisticLockingFailureException | io.zhengtong.platform.problem.DomainRuleViolation e) {
                    // A clerk changed the letter meanwhile; the next run looks again.
                    log.debug("Overdue reminder for {} skipped: {}", id, e.getMessage());
                }
            }
        } while (batch.size() == BATCH);
        return announced;
    }

    private record Overdue(String id, LocalDate due) {
    }

    /**
     * The next batch of overdue letters after {@code last} (by due date, then id), leaving out those
     * whose red card for this due date was announced already: nothing more to say about them.
     */
    private List<Overdue> overdueAfter(Overdue last, LocalDate today) {
        return jdbc.query("""
                SELECT id, due_date FROM letter
                WHERE status IN (:statuses) AND due_date < :today
                  AND NOT (overdue_notice_due <=> due_date AND COALESCE(overdue_notice_level, -1) >= :red)
                  AND (due_date > :lastDue OR (due_date = :lastDue AND id > :lastId))
                ORDER BY due_date, id
                LIMIT :batch""",
                new MapSqlParameterSource("statuses", SupervisionLists.AWAITING_ANSWER.stream().map(Enum::name).toList())
                    .addValue("today", Date.valueOf(today)).addValue("red", Card.RED.ordinal())
                    .addValue("lastDue", Date.valueOf(last.due())).addValue("lastId", last.id()).addValue("batch", BATCH),
                (rs, n) -> new Overdue(rs.getString("id"), rs.getDate("due_date").toLocalDate()));
    }

    private boolean remind(String id, Instant now, LocalDate today) {
        Optional<StoredLetter> found = letters.find(new LetterId(UUID.fromString(id)));
        if (found.isEmpty()) {
            return false;
        }
        Letter letter = found.get().letter();
        Optional<DeadlineCheck> check = policy.check(letter, today, calendar);
        if (check.isEmpty() || !check.get().standing().isOverdue()) {
            return false;
        }
        Card card = Card.of(check.get().standing());
        if (!claim(id, check.get().due(), card.ordinal())) {
            return false;
        }
        letter.noteOverdueReminder(now, "自动提醒：" + check.get().summary());
        letters.update(letter, found.get().version());
        publisher.publishEvent(LetterOverdue.of(letter, card.name(), check.get().workingDaysOverdue(),
                SupervisionLists.responsibleUnit(letter), now));
        return true;
    }

    /** Raises the announced level for this due date if it is lower; false when already announced (here or elsewhere). */
    private boolean claim(String id, LocalDate due, int level) {
        return jdbc.update("""
                UPDATE letter SET overdue_notice_due = :due, overdue_notice_level = :level
                WHERE id = :id AND (overdue_notice_due IS NULL OR overdue_notice_due <> :due
                                    OR overdue_notice_level IS NULL OR overdue_notice_level < :level)""",
                new MapSqlParameterSource("id", id).addValue("due", Date.valueOf(due)).addValue("level", level)) == 1;
    }
}
