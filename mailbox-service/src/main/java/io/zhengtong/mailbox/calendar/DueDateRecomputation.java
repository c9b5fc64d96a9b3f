package io.zhengtong.mailbox.calendar;

import io.zhengtong.mailbox.deadline.DeadlinePolicy;
import io.zhengtong.mailbox.events.LetterIntegrationEvents;
import io.zhengtong.mailbox.letter.Letter;
import io.zhengtong.mailbox.letter.LetterId;
import io.zhengtong.mailbox.letter.LetterStatus;
import io.zhengtong.mailbox.store.Letters;
import io.zhengtong.mailbox.store.StoredLetter;
import io.zhengtong.platform.calendar.CalendarChanged;
import io.zhengtong.platform.calendar.WorkingDayCalendar;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * When the working-day calendar changes (an administrator loaded or corrected a year), every open
 * letter whose due date was not yet checked against the new schedule is recomputed from its basis
 * (day of receipt or reopening, working days, extensions): a moved due date is saved with a history
 * line and a LetterDeadlineRecomputed event. Each letter in its own transaction, so a letter a
 * clerk is changing at that moment is simply checked again at the next change.
 *
 * <p>At start-up it also fills in the due dates of letters still waiting for a dispatcher that were
 * submitted before due dates were fixed at submission: the deadline policy's and the calendar's
 * count, as submission would have fixed it. Not a SQL migration: the holiday schedule is not in
 * this schema (it arrives from the portal over Kafka) and the periods are the service's
 * configuration, so SQL could only guess; a guess would then be shown to citizens and counted in
 * the assessment. Idempotent (only letters without a due date), so every start may run it.
 * Filling in and recomputing never run at once, so a calendar change during the filling-in
 * recomputes the filled-in letters (their fingerprint is still unset) once it is done.
 */
@Component
public class DueDateRecomputation {

    private static final Logger log = LoggerFactory.getLogger(DueDateRecomputation.class);

    private static final String OPEN_STATUSES = Arrays.stream(LetterStatus.values()).filter(LetterStatus::isAwaitingAnswer)
        .map(s -> "'" + s.name() + "'").collect(Collectors.joining(","));

    private final Letters letters;
    private final WorkingDayCalendar calendar;
    private final LetterIntegrationEvents events;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final DeadlinePolicy policy;

    DueDateRecomputation(Letters letters, WorkingDayCalendar calendar, LetterIntegrationEvents events, JdbcTemplate jdbc,
            PlatformTransactionManager transactions, Clock clock, DeadlinePolicy policy) {
        this.policy = policy;
        this.letters = letters;
        this.calendar = calendar;
        this.events = events;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** What one run did. */
    public record Outcome(int checked, int moved, int failed) {
    }

    @EventListener
    void on(CalendarChanged changed) {
        Outcome outcome = recomputeOpenLetters();
        log.info("Calendar changed from {} to {}: {} open letters checked, {} due dates moved, {} to retry",
                changed.previous().fingerprint(), changed.current().fingerprint(), outcome.checked(), outcome.moved(),
                outcome.failed());
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        Outcome outcome = fillInMissingDueDates();
        if (outcome.checked() > 0) {
            log.info("Due dates of new letters submitted without one: {} checked, {} filled in, {} to retry at the next start",
                    outcome.checked(), outcome.moved(), outcome.failed());
        }
    }

    /** Fixes the due date of every new letter ({@code SUBMITTED}) stored without one; {@code moved} counts those filled in. */
    public synchronized Outcome fillInMissingDueDates() {
        List<String> ids = jdbc.queryForList("select id from letter where status = ? and due_date is null", String.class,
                LetterStatus.SUBMITTED.name());
        return eachInItsOwnTransaction(ids, this::fillIn);
    }

    private boolean fillIn(String id) {
        StoredLetter stored = letters.find(new LetterId(UUID.fromString(id))).orElse(null);
        if (stored == null) {
            return false;
        }
        Letter letter = stored.letter();
        boolean filled = letter.fixMissingDeadline(
                policy.deadlineAtSubmission(letter.content(), letter.submittedAt(), calendar), clock.instant());
        if (filled) {
            letters.update(letter, stored.version());
        }
        return filled;
    }

    /** Recomputes the open letters not yet checked against the calendar's current schedule. */
    public synchronized Outcome recomputeOpenLetters() {
        String fingerprint = calendar.schedule().fingerprint();
        List<String> ids = jdbc.queryForList("select id from letter where status in (" + OPEN_STATUSES + ")"
                + " and due_date is not null and (calendar_fingerprint is null or calendar_fingerprint <> ?)", String.class,
                fingerprint);
        return eachInItsOwnTransaction(ids, id -> recompute(id, fingerprint));
    }

    private Outcome eachInItsOwnTransaction(List<String> ids, Predicate<String> change) {
        int moved = 0;
        int failed = 0;
        for (String id : ids) {
            try {
                if (Boolean.TRUE.equals(transaction.execute(status -> change.test(id)))) {
                    moved++;
                }
            }
            catch (RuntimeException e) {
                failed++;
                log.warn("Could not compute the due date of letter {}; it is tried again later: {}", id, e.toString());
            }
        }
        return new Outcome(ids.size(), moved, failed);
    }

    private boolean recompute(String id, String fingerprint) {
        StoredLetter stored = letters.find(new LetterId(UUID.fromString(id))).orElse(null);
        if (stored == null) {
            return false;
        }
        Letter letter = stored.letter();
        boolean moved = letter.recomputeDueDate(calendar, clock.instant());
        if (moved) {
            letters.update(letter, stored.version());
            events.publish(letter);
        }
        jdbc.update("update letter set calendar_fingerprint = ? where id = ?", fingerprint, id);
        return moved;
    }
}
