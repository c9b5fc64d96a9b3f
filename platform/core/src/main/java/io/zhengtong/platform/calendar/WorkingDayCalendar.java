package io.zhengtong.platform.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The one working-day calendar every statutory deadline is counted on: Asia/Shanghai dates,
 * Saturdays and Sundays off, the schedule's OFF weekdays off, its WORK weekend days (调休上班)
 * worked. The counting is pure ({@code FixedCalendar}); the schedule it counts on is replaced as a
 * whole when an administrator loads a new year ({@link CalendarDistribution}), so each Spring
 * context has ONE calendar bean and every calculation uses one schedule from start to end.
 *
 * <h2>Counting rule</h2>
 * "Answer within N working days of receipt" ends on the <b>N-th working day after the day of
 * receipt</b>, at 24:00 of that day. The day of receipt never counts (期间开始的当日不计入，自下一日开始计算 —
 * 民法典 第二百零一条, the rule the State Council's disclosure office also applies: "自收到申请次日起算"),
 * and only working days count (行政许可法 第八十二条：以工作日计算，不含法定节假日). One rule covers every
 * case, with the 2024 schedule:
 * <ul>
 * <li>received Monday 2024-09-30, 3 working days: 10-01 to 10-07 are 国庆节, so day 1 is 10-08,
 *     due Thursday 2024-10-10; 7 working days: day 5 is the 调休 Saturday 10-12, due 2024-10-15;</li>
 * <li>received on a non-working day, e.g. 2024-02-12 (春节): counting starts with the next working
 *     day, the 调休 Sunday 2024-02-18 is day 1, 3 working days are due 2024-02-20;</li>
 * <li>received on a 调休 working weekend day, e.g. Sunday 2024-02-04: it is a working day like any
 *     other, so day 1 is Monday 02-05 and 3 working days are due 2024-02-07;</li>
 * <li>0 working days: due on the day of receipt.</li>
 * </ul>
 * An extension of M working days continues from the current due date: {@code addWorkingDays(due, M)}.
 *
 * <h2>Years without a schedule</h2>
 * A date in a year whose schedule is not loaded is answered weekends-only (the best guess) and
 * marked: {@link CalendarDay#provisional()}, {@link Deadline#provisional()},
 * {@link #isProvisional(LocalDate, LocalDate)}. Services store the flag with the deadline and
 * recompute provisional deadlines when the year's schedule is loaded.
 */
public final class WorkingDayCalendar {

    /** The time zone every date of the calendar is in. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** The longest period counted, about four years: a larger N is a mistake, not a deadline. */
    public static final int MAX_WORKING_DAYS = 1000;

    // Read once per call: a calculation runs on one schedule even while it is replaced.
    private volatile FixedCalendar current;

    public WorkingDayCalendar(HolidaySchedule schedule) {
        this.current = new FixedCalendar(Objects.requireNonNull(schedule, "schedule"));
    }

    /** A calendar on the verified schedule shipped with the platform (2024 to 2026). */
    public static WorkingDayCalendar onSeedSchedule() {
        return new WorkingDayCalendar(HolidaySchedule.seed());
    }

    /** The Asia/Shanghai date of an instant, e.g. when a letter was received. */
    public static LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, ZONE);
    }

    /**
     * Counts on {@code schedule} from now on; answers the schedule it replaced. Only the
     * platform's distribution calls this (it then announces {@link CalendarChanged}).
     */
    HolidaySchedule replaceSchedule(HolidaySchedule schedule) {
        FixedCalendar previous = current;
        current = new FixedCalendar(Objects.requireNonNull(schedule, "schedule"));
        return previous.schedule();
    }

    /** The schedule counted on now; its {@link HolidaySchedule#fingerprint()} names it. */
    public HolidaySchedule schedule() {
        return current.schedule();
    }

    /** Whether the date is worked: a Monday to Friday not OFF, or a weekend day listed as WORK. */
    public boolean isWorkingDay(LocalDate date) {
        return current.isWorkingDay(date);
    }

    /**
     * The date with its kind and label. A weekend day next to a holiday's weekdays off (e.g.
     * Saturday 2024-02-10 before 春节's OFF days) is shown as that holiday, as the notice itself
     * announces "2月10日至17日放假"; this changes the label only, never the counting.
     */
    public CalendarDay day(LocalDate date) {
        return current.day(date);
    }

    /** The first working day after the date (never the date itself). */
    public LocalDate nextWorkingDay(LocalDate date) {
        return current.nextWorkingDay(date);
    }

    /**
     * The N-th working day after {@code start}, by the counting rule above; {@code start} itself
     * for N = 0.
     *
     * @throws IllegalArgumentException when N is negative or above {@link #MAX_WORKING_DAYS}
     */
    public LocalDate addWorkingDays(LocalDate start, int workingDays) {
        return current.addWorkingDays(start, workingDays);
    }

    /**
     * The working days after {@code from} up to and including {@code to}: the inverse of
     * {@link #addWorkingDays}, so {@code workingDaysBetween(d, addWorkingDays(d, n)) == n}.
     * Answered within 0 means the same working day; for a reply 2024-10-10 to a letter of
     * 2024-09-30 it is 3; for "overdue by", {@code workingDaysBetween(due, today)}. Negative when
     * {@code to} is before {@code from}: {@code workingDaysBetween(a, b) == -workingDaysBetween(b, a)}.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        return current.workingDaysBetween(from, to);
    }

    /** Whether any date from {@code from} to {@code to} (either order) lies in a year without a loaded schedule. */
    public boolean isProvisional(LocalDate from, LocalDate to) {
        return current.isProvisional(from, to);
    }

    /**
     * The deadline for answering within N working days of {@code received}, with every day in
     * between and why it counted or not: the due date is {@link #addWorkingDays(LocalDate, int)}.
     *
     * @throws IllegalArgumentException when N is negative or above {@link #MAX_WORKING_DAYS}
     */
    public Deadline compute(LocalDate received, int workingDays) {
        return current.compute(received, workingDays);
    }
}
