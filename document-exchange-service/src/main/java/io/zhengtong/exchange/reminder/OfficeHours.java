package io.zhengtong.exchange.reminder;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Objects;

import io.zhengtong.platform.calendar.WorkingDayCalendar;

/**
 * The unit's office hours on working days (Asia/Shanghai), one span per day, 08:30–17:30 by
 * default. Reminder delays run only inside them: nobody signs for a document at night, and a
 * reminder sent at 3 a.m. or on a holiday only buries itself under the morning's messages.
 */
public record OfficeHours(LocalTime opens, LocalTime closes) {

    public static final OfficeHours STANDARD = new OfficeHours(LocalTime.of(8, 30), LocalTime.of(17, 30));

    public OfficeHours {
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("office hours must open before they close: " + opens + "–" + closes);
        }
    }

    /** The length of one office day (9 hours by default): what “one working day” of a delay means. */
    public Duration day() {
        return Duration.between(opens, closes);
    }

    /**
     * The instant after {@code amount} of office time has passed from {@code start}. Time outside
     * office hours, on weekends and on holidays does not count; a start outside office hours
     * counts from the next opening. A delay that ends exactly at closing time ends then (17:30),
     * not at the next opening.
     */
    public Instant addOfficeTime(WorkingDayCalendar calendar, Instant start, Duration amount) {
        if (amount.isNegative()) {
            throw new IllegalArgumentException("a delay cannot be negative: " + amount);
        }
        ZonedDateTime at = start.atZone(WorkingDayCalendar.ZONE);
        Duration remaining = amount;
        while (true) {
            LocalDate date = at.toLocalDate();
            LocalTime time = at.toLocalTime();
            if (!calendar.isWorkingDay(date) || !time.isBefore(closes)) {
                at = calendar.nextWorkingDay(date).atTime(opens).atZone(WorkingDayCalendar.ZONE);
                continue;
            }
            if (time.isBefore(opens)) {
                at = date.atTime(opens).atZone(WorkingDayCalendar.ZONE);
                time = opens;
            }
            Duration left = Duration.between(time, closes);
            if (remaining.compareTo(left) <= 0) {
                return at.plus(remaining).toInstant();
            }
            remaining = remaining.minus(left);
            at = calendar.nextWorkingDay(date).atTime(opens).atZone(WorkingDayCalendar.ZONE);
        }
    }
}
