package io.zhengtong.platform.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A deadline and how it was computed, so that every deadline can show its working: which days
 * were skipped and why, and which 调休 weekend days counted.
 *
 * @param receivedOn the day of receipt (never counted)
 * @param workingDays N, the working days allowed
 * @param due the last day to answer (until 24:00 Asia/Shanghai)
 * @param days every day after receipt up to and including {@code due}, counted or skipped
 * @param unknownYears the years from receipt to due without a loaded schedule, ascending; not
 *        empty means the deadline is provisional
 * @param scheduleFingerprint the {@link HolidaySchedule#fingerprint()} it was computed on
 */
public record Deadline(CalendarDay receivedOn, int workingDays, LocalDate due, List<CountedDay> days,
        List<Integer> unknownYears, String scheduleFingerprint) {

    public Deadline {
        days = List.copyOf(days);
        unknownYears = List.copyOf(unknownYears);
    }

    public LocalDate received() {
        return receivedOn.date();
    }

    /** Whether a year involved has no schedule loaded yet, so the due date may still move. */
    public boolean provisional() {
        return !unknownYears.isEmpty();
    }

    /** The instant the period ends: 24:00 of the due date, Asia/Shanghai. */
    public Instant dueBy() {
        return due.plusDays(1).atStartOfDay(WorkingDayCalendar.ZONE).toInstant();
    }

    /** Whether an answer on {@code date} is late. */
    public boolean isOverdueOn(LocalDate date) {
        return date.isAfter(due);
    }

    /** The days that did not count: weekends and holidays. */
    public List<CalendarDay> skipped() {
        return days.stream().filter(d -> !d.counted()).map(CountedDay::day).toList();
    }

    /** The 调休 weekend days that counted as working days. */
    public List<CalendarDay> adjustedWorkdays() {
        return days.stream().map(CountedDay::day).filter(d -> d.kind() == DayKind.ADJUSTED_WORKDAY).toList();
    }

    /**
     * The explanation in Chinese, e.g. "2024年9月30日（星期一）收到，收到当日不计，自次日起算3个工作日，
     * 截止2024年10月10日（星期四）24时。跳过：10月1日至10月7日 节假日（国庆节）7天。"
     */
    public String summary() {
        int year = received().getYear();
        StringBuilder text = new StringBuilder()
                .append(ChineseDates.full(received())).append('（').append(receivedOn.weekday()).append('）').append("收到");
        if (!receivedOn.isWorkingDay()) {
            text.append("（当日为").append(receivedOn.label()).append('）');
        }
        if (workingDays == 0) {
            text.append("，期限为0个工作日，当日24时截止。");
        }
        else {
            text.append("，收到当日不计，自次日起算").append(workingDays).append("个工作日，截止")
                    .append(ChineseDates.full(due)).append('（').append(ChineseDates.weekday(due)).append('）')
                    .append("24时。");
        }
        List<String> runs = skippedRuns(year);
        if (!runs.isEmpty()) {
            text.append("跳过：").append(String.join("；", runs)).append('。');
        }
        List<CalendarDay> adjusted = days.stream().filter(CountedDay::counted).map(CountedDay::day)
                .filter(d -> d.kind() == DayKind.ADJUSTED_WORKDAY).toList();
        if (!adjusted.isEmpty()) {
            text.append("计入调休上班日：").append(adjusted.stream()
                    .map(d -> ChineseDates.within(year, d.date()) + "（" + d.weekday() + "，" + d.holiday() + "调休）")
                    .collect(Collectors.joining("、"))).append('。');
        }
        if (provisional()) {
            text.append("注意：").append(unknownYears.stream().map(y -> y + "年").collect(Collectors.joining("、")))
                    .append("的节假日安排尚未导入，暂按周末休息计算，导入后将重新计算截止日期。");
        }
        return text.toString();
    }

    // Consecutive skipped days with the same label, e.g. "10月1日至10月7日 节假日（国庆节）7天".
    private List<String> skippedRuns(int year) {
        List<String> runs = new ArrayList<>();
        CalendarDay first = null;
        CalendarDay last = null;
        int length = 0;
        for (CountedDay counted : days) {
            CalendarDay day = counted.day();
            boolean continues = !counted.counted() && last != null && last.label().equals(day.label())
                    && last.date().plusDays(1).equals(day.date());
            if (continues) {
                last = day;
                length++;
                continue;
            }
            if (first != null) {
                runs.add(run(year, first, last, length));
                first = null;
            }
            if (!counted.counted()) {
                first = day;
                last = day;
                length = 1;
            }
            else {
                last = null;
            }
        }
        if (first != null) {
            runs.add(run(year, first, last, length));
        }
        return runs;
    }

    private static String run(int year, CalendarDay first, CalendarDay last, int length) {
        String dates = first.date().equals(last.date()) ? ChineseDates.within(year, first.date())
                : ChineseDates.within(year, first.date()) + "至" + ChineseDates.within(year, last.date());
        return dates + " " + first.label() + length + "天";
    }
}
