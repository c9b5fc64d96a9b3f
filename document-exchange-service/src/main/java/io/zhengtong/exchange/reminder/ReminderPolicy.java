package io.zhengtong.exchange.reminder;

import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.zhengtong.exchange.delivery.Delivery;
import io.zhengtong.exchange.delivery.Reminder;
import io.zhengtong.exchange.document.Urgency;
import io.zhengtong.platform.calendar.WorkingDayCalendar;

/**
 * When an unsigned copy is reminded (催办) automatically. The sign-for is due one delay after
 * delivery (特急 2 office hours, 加急 1 working day, others 3 working days by default); a copy
 * still pending then is overdue and reminded; each further automatic reminder follows one delay
 * after the latest reminder, automatic or manual (a clerk who just phoned is not followed by a
 * machine a minute later). Signed-for and returned copies are never reminded.
 */
public final class ReminderPolicy {

    private final WorkingDayCalendar calendar;
    private final OfficeHours officeHours;
    private final Map<Urgency, ReminderDelay> delays;

    public ReminderPolicy(WorkingDayCalendar calendar, OfficeHours officeHours, Map<Urgency, ReminderDelay> delays) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.officeHours = Objects.requireNonNull(officeHours, "officeHours");
        EnumMap<Urgency, ReminderDelay> copy = new EnumMap<>(Urgency.class);
        copy.putAll(delays);
        for (Urgency urgency : Urgency.values()) {
            if (!copy.containsKey(urgency)) {
                throw new IllegalArgumentException("no reminder delay for " + urgency);
            }
        }
        this.delays = Map.copyOf(copy);
    }

    /** 特急 2 office hours, 加急 1 working day, others 3 working days, 08:30–17:30. */
    public static ReminderPolicy standard(WorkingDayCalendar calendar) {
        return new ReminderPolicy(calendar, OfficeHours.STANDARD, Map.of(
                Urgency.EXTRA_URGENT, ReminderDelay.officeHours(2),
                Urgency.URGENT, ReminderDelay.workingDays(1),
                Urgency.NORMAL, ReminderDelay.workingDays(3)));
    }

    /**
     * The fingerprint of the calendar schedule the times are counted on now: stored beside a
     * computed time, so the ones computed on an older schedule can be found when it changes.
     */
    public String calendarFingerprint() {
        return calendar.schedule().fingerprint();
    }

    public ReminderDelay delayFor(Urgency urgency) {
        return delays.get(urgency);
    }

    public OfficeHours officeHours() {
        return officeHours;
    }

    /** One delay for {@code urgency} after {@code from}, counted in office time. */
    public Instant dueAfter(Urgency urgency, Instant from) {
        return officeHours.addOfficeTime(calendar, from, delayFor(urgency).officeTime(officeHours));
    }

    /** When the copy should be signed for: one delay after delivery. */
    public Instant signForDueAt(Delivery delivery) {
        return dueAfter(delivery.notice().urgency(), delivery.deliveredAt());
    }

    /** Pending and past its sign-for due time. */
    public boolean isOverdue(Delivery delivery, Instant now) {
        return delivery.status().isPending() && !now.isBefore(signForDueAt(delivery));
    }

    /** When the next automatic reminder is due; empty once the copy is signed for or returned. */
    public Optional<Instant> nextAutomaticReminderAt(Delivery delivery) {
        if (!delivery.status().isPending()) {
            return Optional.empty();
        }
        Instant from = delivery.lastReminder().map(Reminder::at).orElse(delivery.deliveredAt());
        return Optional.of(dueAfter(delivery.notice().urgency(), from));
    }

    /** The scheduler's step: reminds the copy if a reminder is due at {@code now}; says whether it did. */
    public boolean remindIfDue(Delivery delivery, Instant now) {
        Optional<Instant> next = nextAutomaticReminderAt(delivery);
        if (next.isEmpty() || now.isBefore(next.get())) {
            return false;
        }
        delivery.remindAutomatically(now);
        return true;
    }
}
