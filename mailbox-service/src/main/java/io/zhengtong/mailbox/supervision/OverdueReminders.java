package io.zhengtong.mailbox.supervision;

import io.zhengtong.mailbox.deadline.DeadlineCheck;
import io.zhengtong.mailbox.events.LetterOverdue;
import io.zhengtong.mailbox.letter.Letter;
import io.zhengtong.mailbox.store.Letters;
import io.zhengtong.platform.calendar.WorkingDayCalendar;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Automatic reminders (自动催办): on the reminder schedule ({@link ReminderSchedule}), every letter past its due date without an answer
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

    private final LetterReminders reminders;
    private final Letters letters;
    private final NamedParameterJdbcTemplate jdbc;
    private final ApplicationEventPublisher publisher;

    OverdueReminders(LetterReminders reminders, Letters letters, NamedParameterJdbcTemplate jdbc,
            ApplicationEventPublisher publisher) {
        this.reminders = reminders;
        this.letters = letters;
        this.jdbc = jdbc;
        this.publisher = publisher;
    }

    /**
     * Announces what is due at {@code now}; answers how many letters were announced. The scan leaves
     * out letters whose red card for this due date was announced already: nothing more to say about them.
     */
    public int remindAt(Instant now) {
        LocalDate today = WorkingDayCalendar.dateOf(now);
        return reminders.walk("""
                SELECT id, due_date FROM letter
                WHERE status IN (:statuses) AND due_date < :today
                  AND NOT (overdue_notice_due <=> due_date AND COALESCE(overdue_notice_level, -1) >= :red)
                  AND (due_date > :afterDue OR (due_date = :afterDue AND id > :afterId))
                ORDER BY due_date, id
                LIMIT :batch""",
                new MapSqlParameterSource("statuses", LetterReminders.awaitingAnswer())
                    .addValue("today", Date.valueOf(today)).addValue("red", Card.RED.ordinal()),
                id -> remind(id, now, today));
    }

    private boolean remind(String id, Instant now, LocalDate today) {
        var found = reminders.standing(id, today).filter(s -> s.check().standing().isOverdue());
        if (found.isEmpty()) {
            return false;
        }
        DeadlineCheck check = found.get().check();
        Letter letter = found.get().letter();
        Card card = Card.of(check.standing());
        if (!claim(id, check.due(), card.ordinal())) {
            return false;
        }
        letter.noteOverdueReminder(now, "自动提醒：" + check.summary());
        letters.update(letter, found.get().stored().version());
        publisher.publishEvent(LetterOverdue.of(letter, card.name(), check.workingDaysOverdue(),
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
