package io.zhengtong.mailbox.statistics;

import io.zhengtong.platform.calendar.WorkingDayCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;

/**
 * When a month's figures may be frozen: the month has ended (midnight Asia/Shanghai of the next
 * month's first day) and the settle delay has passed, which leaves time for the ratings of the
 * month's last replies and the refusal of its last invalid letters.
 */
public record MonthSettlement(Duration settleDelay) {

    public enum Phase {
        /** The current month or a later one: counted live. */
        OPEN,
        /** Ended, but the settle delay is still running: counted live, not published. */
        SETTLING,
        /** Ended and settled: read from (or frozen into) its snapshot. */
        SETTLED
    }

    public MonthSettlement {
        if (settleDelay == null || settleDelay.isNegative()) {
            throw new IllegalArgumentException("the settle delay must be zero or positive");
        }
    }

    /** The first instant after the month (Asia/Shanghai). */
    public static Instant endOf(YearMonth month) {
        return month.plusMonths(1).atDay(1).atStartOfDay(WorkingDayCalendar.ZONE).toInstant();
    }

    /** The first instant the month may be frozen. */
    public Instant settledAt(YearMonth month) {
        return endOf(month).plus(settleDelay);
    }

    public Phase phaseAt(YearMonth month, Instant now) {
        if (now.isBefore(endOf(month))) {
            return Phase.OPEN;
        }
        return now.isBefore(settledAt(month)) ? Phase.SETTLING : Phase.SETTLED;
    }

    /** The newest month settled at {@code now}. */
    public YearMonth lastSettled(Instant now) {
        YearMonth month = YearMonth.from(WorkingDayCalendar.dateOf(now));
        while (phaseAt(month, now) != Phase.SETTLED) {
            month = month.minusMonths(1);
        }
        return month;
    }
}
