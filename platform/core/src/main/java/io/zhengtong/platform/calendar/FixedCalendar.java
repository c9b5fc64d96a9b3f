package io.zhengtong.platform.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The counting of {@link WorkingDayCalendar} on one schedule: pure and immutable, so a calculation
 * never mixes an old and a new schedule while the calendar switches.
 */
final class FixedCalendar {



    private final HolidaySchedule schedule;

    FixedCalendar(HolidaySchedule schedule) {
        this.schedule = Objects.requireNonNull(schedule, "schedule");
    }



    public HolidaySchedule schedule() {
        return schedule;
    }

    /** Whether the date is worked: a Monday to Friday not OFF, or a weekend day listed as WORK. */
    public boolean isWorkingDay(LocalDate date) {
        Optional<Adjustment> adjustment = schedule.adjustmentOn(date);
        if (adjustment.isPresent()) {
            return adjustment.get().kind() == AdjustmentKind.WORK;
        }
        return !ChineseDates.isWeekend(date);
    }

    /**
     * The date with its kind and label. A weekend day next to a holiday's weekdays off (e.g.
     * Saturday 2024-02-10 before 春节's OFF days) is shown as that holiday, as the notice itself
     * announces "2月10日至17日放假"; this changes the label only, never the counting.
     */
    public CalendarDay day(LocalDate date) {
        boolean provisional = !schedule.knowsYear(date.getYear());
        Optional<Adjustment> adjustment = schedule.adjustmentOn(date);
        if (adjustment.isPresent()) {
            Adjustment a = adjustment.get();
            DayKind kind = a.kind() == AdjustmentKind.OFF ? DayKind.HOLIDAY : DayKind.ADJUSTED_WORKDAY;
            return new CalendarDay(date, kind, a.holiday(), provisional);
        }
        if (ChineseDates.isWeekend(date)) {
            String holiday = holidayAround(date);
            return new CalendarDay(date, holiday == null ? DayKind.WEEKEND : DayKind.HOLIDAY, holiday, provisional);
        }
        return new CalendarDay(date, DayKind.WORKDAY, null, provisional);
    }

    // The nearest OFF day reachable through days off; the earlier one on a tie.
    private String holidayAround(LocalDate weekendDay) {
        Adjustment before = nearestOff(weekendDay, -1);
        Adjustment after = nearestOff(weekendDay, 1);
        if (before == null || after == null) {
            return before != null ? before.holiday() : after != null ? after.holiday() : null;
        }
        long toBefore = weekendDay.toEpochDay() - before.date().toEpochDay();
        long toAfter = after.date().toEpochDay() - weekendDay.toEpochDay();
        return toAfter < toBefore ? after.holiday() : before.holiday();
    }

    private Adjustment nearestOff(LocalDate from, int step) {
        LocalDate date = from.plusDays(step);
        while (true) {
            Optional<Adjustment> adjustment = schedule.adjustmentOn(date);
            if (adjustment.isPresent()) {
                return adjustment.get().kind() == AdjustmentKind.OFF ? adjustment.get() : null;
            }
            if (!ChineseDates.isWeekend(date)) {
                return null;
            }
            date = date.plusDays(step);
        }
    }

    /** The first working day after the date (never the date itself). */
    public LocalDate nextWorkingDay(LocalDate date) {
        return addWorkingDays(date, 1);
    }

    /**
     * The N-th working day after {@code start}, by the counting rule above; {@code start} itself
     * for N = 0.
     *
     * @throws IllegalArgumentException when N is negative or above {@link #WorkingDayCalendar.MAX_WORKING_DAYS}
     */
    public LocalDate addWorkingDays(LocalDate start, int workingDays) {
        checkWorkingDays(workingDays);
        LocalDate date = start;
        int counted = 0;
        while (counted < workingDays) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /**
     * The working days after {@code from} up to and including {@code to}: the inverse of
     * {@link #addWorkingDays}, so {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}.
     * Answered within 0 means the same working day; for a reply 2024-10-10 to a letter of
     * 2024-09-30 it is 3; for "overdue by", {@code workingDaysBetween(due, today)}. Negative when
     * {@code to} is before {@code from}: {@code workingDaysBetween(a, b) == -workingDaysBetween(b, a)}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate date = from.plusDays(1); !date.isAfter(to); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                count++;
            }
        }
        return count;
    }

    /** Whether any date from {@code from} to {@code to} (either order) lies in a year without a loaded schedule. */
    public boolean isProvisional(LocalDate from, LocalDate to) {
        return !unknownYears(from, to).isEmpty();
    }

    private List<Integer> unknownYears(LocalDate from, LocalDate to) {
        int first = Math.min(from.getYear(), to.getYear());
        int last = Math.max(from.getYear(), to.getYear());
        List<Integer> unknown = new ArrayList<>();
        for (int year = first; year <= last; year++) {
            if (!schedule.knowsYear(year)) {
                unknown.add(year);
            }
        }
        return unknown;
    }

    /**
     * The deadline for answering within N working days of {@code received}, with every day in
     * between and why it counted or not: the due date is {@link #addWorkingDays(LocalDate, int)}.
     *
     * @throws IllegalArgumentException when N is negative or above {@link #WorkingDayCalendar.MAX_WORKING_DAYS}
     */
    public Deadline compute(LocalDate received, int workingDays) {
        checkWorkingDays(workingDays);
        List<CountedDay> days = new ArrayList<>();
        LocalDate date = received;
        int counted = 0;
        while (counted < workingDays) {
            date = date.plusDays(1);
            CalendarDay day = day(date);
            days.add(new CountedDay(day, day.isWorkingDay() ? ++counted : 0));
        }
        return new Deadline(day(received), workingDays, date, days, unknownYears(received, date),
                schedule.fingerprint());
    }

    private static void checkWorkingDays(int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("工作日天数不能为负数：" + workingDays);
        }
        if (workingDays > WorkingDayCalendar.MAX_WORKING_DAYS) {
            throw new IllegalArgumentException("工作日天数不能超过 " + WorkingDayCalendar.MAX_WORKING_DAYS + "：" + workingDays);
        }
    }
}
