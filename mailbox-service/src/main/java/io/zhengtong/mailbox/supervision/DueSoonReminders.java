package io.zhengtong.mailbox.supervision;

import io.zhengtong.mailbox.deadline.DeadlinePolicy;
import io.zhengtong.mailbox.deadline.DeadlineStanding;
import io.zhengtong.mailbox.events.LetterDueSoon;
import io.zhengtong.platform.calendar.WorkingDayCalendar;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reminders before the deadline (到期提醒): on the reminder schedule ({@link ReminderSchedule}), every letter awaiting its
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

    private final LetterReminders reminders;
    private final DeadlinePolicy policy;
    private final WorkingDayCalendar calendar;
    private final NamedParameterJdbcTemplate jdbc;
    private final ApplicationEventPublisher publisher;

    DueSoonReminders(LetterReminders reminders, DeadlinePolicy policy, WorkingDayCalendar calendar,
            NamedParameterJdbcTemplate jdbc, ApplicationEventPublisher publisher) {
        this.reminders = reminders;
        this.policy = policy;
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.publisher = publisher;
    }

    /** Announces the letters due soon at {@code now} and not announced for their due date yet; answers how many. */
    public int remindAt(Instant now) {
        LocalDate today = WorkingDayCalendar.dateOf(now);
        // The last day with at most `dueSoonWithin` working days left, as the due-soon list counts.
        LocalDate last = calendar.addWorkingDays(today, policy.thresholds().dueSoonWithin() + 1)
            .minusDays(1);
        return reminders.walk("""
                SELECT id, due_date FROM letter
                WHERE status IN (:statuses) AND due_date BETWEEN :today AND :last
                  AND NOT (due_soon_notice_due <=> due_date)
                  AND (due_date > :afterDue OR (due_date = :afterDue AND id > :afterId))
                ORDER BY due_date, id
                LIMIT :batch""",
                new MapSqlParameterSource("statuses", LetterReminders.awaitingAnswer())
                    .addValue("today", Date.valueOf(today)).addValue("last", Date.valueOf(last)),
                id -> remind(id, now, today));
    }

    private boolean remind(String id, Instant now, LocalDate today) {
        var standing = reminders.standing(id, today)
            .filter(s -> s.check().standing() == DeadlineStanding.DUE_SOON);
        if (standing.isEmpty() || !claim(id, standing.get().check().due())) {
            return false;
        }
        publisher.publishEvent(LetterDueSoon.of(standing.get().letter(), standing.get().check().workingDaysLeft(),
                SupervisionLists.responsibleUnit(standing.get().letter()), now));
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
