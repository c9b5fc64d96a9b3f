package io.zhengtong.exchange.reminder;

import java.time.Duration;

/**
 * How long a recipient has to sign for a document before it is reminded: office hours (特急: 2)
 * or working days (加急: 1, others: 3). Both run in office time ({@link OfficeHours}); a working
 * day is one full office day, so “1 working day” from Tuesday 10:00 ends Wednesday 10:00.
 */
public record ReminderDelay(int amount, Unit unit) {

    public enum Unit {
        OFFICE_HOURS("小时"),
        WORKING_DAYS("个工作日");

        private final String label;

        Unit(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public ReminderDelay {
        if (amount < 1) {
            throw new IllegalArgumentException("a reminder delay must be at least 1: " + amount);
        }
        if (unit == null) {
            throw new IllegalArgumentException("a reminder delay needs a unit");
        }
    }

    public static ReminderDelay officeHours(int hours) {
        return new ReminderDelay(hours, Unit.OFFICE_HOURS);
    }

    public static ReminderDelay workingDays(int days) {
        return new ReminderDelay(days, Unit.WORKING_DAYS);
    }

    /** The delay in office time. */
    public Duration officeTime(OfficeHours hours) {
        return unit == Unit.OFFICE_HOURS ? Duration.ofHours(amount) : hours.day().multipliedBy(amount);
    }

    /** As the board says it, e.g. “2小时” or “1个工作日”. */
    public String label() {
        return amount + unit.label();
    }
}
