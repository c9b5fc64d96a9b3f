package io.zhengtong.mailbox.deadline;

import io.zhengtong.mailbox.letter.Letter;
import io.zhengtong.mailbox.letter.LetterContent;
import io.zhengtong.mailbox.letter.LetterType;
import io.zhengtong.mailbox.letter.Mailbox;
import io.zhengtong.platform.calendar.Deadline;
import io.zhengtong.platform.calendar.WorkingDayCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How long each letter may take, and when supervision steps in. Consultations 3 working days,
 * other letters 7, changeable per letter type county-wide (configuration) and per mailbox and type
 * (set by a platform administrator, {@link MailboxPeriods}; local rules differ).
 *
 * <p><b>The period counts from the day of receipt</b> (the platform's rule: the N-th working day
 * after it), so it is fixed when the citizen submits the letter, for the type the citizen chose;
 * when the dispatcher corrects the type at acceptance, it is counted again from the same day of
 * receipt for the confirmed type. The citizen was promised "answered within N working days" of
 * writing, the county reports count that way, and counting from acceptance would hide the
 * dispatcher's delay (a letter nobody opens would escape supervision); so the whole chain,
 * dispatching included, runs on the citizen's clock. Extensions add working days to the current
 * due date; a reopened letter gets a fresh period of the same length from the day of reopening.
 *
 * <p><b>A changed period holds for letters submitted after the change</b>: the citizen was told a
 * date. Acceptance therefore keeps the period fixed at submission when the type stays; only a
 * corrected type takes the period in force at acceptance (the date moves then anyway).
 *
 * <p>Immutable; the {@code with...} methods return a changed copy.
 */
public final class DeadlinePolicy {

    private final Map<LetterType, Integer> byType;
    private final MailboxPeriods byMailbox;
    private final SupervisionThresholds thresholds;

    private DeadlinePolicy(Map<LetterType, Integer> byType, MailboxPeriods byMailbox, SupervisionThresholds thresholds) {
        this.byType = byType;
        this.byMailbox = byMailbox;
        this.thresholds = thresholds;
    }

    /** Consultations 3 working days, every other type 7; {@link SupervisionThresholds#STANDARD}. */
    public static DeadlinePolicy standard() {
        Map<LetterType, Integer> days = new EnumMap<>(LetterType.class);
        for (LetterType type : LetterType.values()) {
            days.put(type, type == LetterType.CONSULTATION ? 3 : 7);
        }
        return new DeadlinePolicy(days, MailboxPeriods.NONE, SupervisionThresholds.STANDARD);
    }

    /** The same policy with {@code days} for every mailbox's letters of this type (unless a mailbox says otherwise). */
    public DeadlinePolicy withDays(LetterType type, int days) {
        check(days);
        Map<LetterType, Integer> copy = new EnumMap<>(byType);
        copy.put(type, days);
        return new DeadlinePolicy(copy, byMailbox, thresholds);
    }

    /** The same policy reading each mailbox's own periods from {@code periods}. */
    public DeadlinePolicy withMailboxPeriods(MailboxPeriods periods) {
        return new DeadlinePolicy(byType, Objects.requireNonNull(periods), thresholds);
    }

    public DeadlinePolicy withThresholds(SupervisionThresholds newThresholds) {
        return new DeadlinePolicy(byType, byMailbox, Objects.requireNonNull(newThresholds));
    }

    public SupervisionThresholds thresholds() {
        return thresholds;
    }

    /** The working days allowed for a letter of this type in this mailbox. */
    public int workingDaysFor(Mailbox mailbox, LetterType type) {
        return byMailbox.of(mailbox.code()).getOrDefault(type, byType.get(type));
    }

    /** The county-wide working days for this type (what a mailbox without its own period allows). */
    public int countyWideDays(LetterType type) {
        return byType.get(type);
    }

    /** Every type's working days for a mailbox whose own periods are {@code own}, in the enum's order. */
    public Map<LetterType, Integer> periodsWith(Map<LetterType, Integer> own) {
        Map<LetterType, Integer> periods = new EnumMap<>(byType);
        periods.putAll(own);
        return periods;
    }

    /**
     * The deadline fixed when a citizen submits a letter at {@code submittedAt}: the chosen type's
     * N working days after the day of receipt, with its explanation ({@link Deadline#summary()}).
     */
    public Deadline deadlineAtSubmission(LetterContent content, Instant submittedAt, WorkingDayCalendar calendar) {
        return deadline(content.mailbox(), content.type(), WorkingDayCalendar.dateOf(submittedAt), calendar);
    }

    /**
     * The deadline fixed when the dispatcher accepts a letter as {@code confirmedType}: counted
     * exactly as at submission, from the same day of receipt; the same type keeps the period fixed
     * at submission, a corrected type takes its mailbox's period now in force.
     */
    public Deadline deadlineAtAcceptance(Letter letter, LetterType confirmedType, WorkingDayCalendar calendar) {
        if (confirmedType == letter.type() && letter.workingDays() > 0) {
            // The period the citizen was told at submission, even if the mailbox's period changed since.
            return calendar.compute(letter.receivedOn(), letter.workingDays());
        }
        return deadline(letter.mailbox(), confirmedType, letter.receivedOn(), calendar);
    }

    /** The one way a letter's period is counted: N working days of its mailbox and type after the day of receipt. */
    private Deadline deadline(Mailbox mailbox, LetterType type, LocalDate receivedOn, WorkingDayCalendar calendar) {
        return calendar.compute(receivedOn, workingDaysFor(mailbox, type));
    }

    /** Where a due date stands on {@code today}. */
    public DeadlineCheck check(LocalDate due, LocalDate today, WorkingDayCalendar calendar) {
        if (!today.isAfter(due)) {
            int left = calendar.workingDaysBetween(today, due);
            DeadlineStanding standing = left <= thresholds.dueSoonWithin() ? DeadlineStanding.DUE_SOON : DeadlineStanding.ON_TRACK;
            return new DeadlineCheck(due, today, standing, left, 0);
        }
        int overdue = calendar.workingDaysBetween(due, today);
        DeadlineStanding standing = overdue >= thresholds.redCardAfter() ? DeadlineStanding.RED_CARD
                : overdue >= thresholds.yellowCardAfter() ? DeadlineStanding.YELLOW_CARD : DeadlineStanding.OVERDUE;
        return new DeadlineCheck(due, today, standing, 0, overdue);
    }

    /** A letter's standing, or empty when it is not waiting for an answer (answered, refused, merged, closed). */
    public Optional<DeadlineCheck> check(Letter letter, LocalDate today, WorkingDayCalendar calendar) {
        if (!letter.status().isAwaitingAnswer() || letter.dueDate().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(check(letter.dueDate().get(), today, calendar));
    }

    private static void check(int days) {
        if (days < 0 || days > WorkingDayCalendar.MAX_WORKING_DAYS) {
            throw new IllegalArgumentException("办理时限应为0至" + WorkingDayCalendar.MAX_WORKING_DAYS + "个工作日：" + days);
        }
    }
}
