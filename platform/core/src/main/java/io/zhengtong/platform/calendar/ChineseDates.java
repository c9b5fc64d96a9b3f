package io.zhengtong.platform.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Date wording for Chinese explanations: 2024年2月8日, 星期四. */
final class ChineseDates {

    private static final String[] WEEKDAYS = { "星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日" };

    private ChineseDates() {
    }

    static boolean isWeekend(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    static String weekday(LocalDate date) {
        return WEEKDAYS[date.getDayOfWeek().getValue() - 1];
    }

    /** 2024年2月8日 */
    static String full(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /** 2月8日 within the given year, 2025年1月2日 outside it. */
    static String within(int year, LocalDate date) {
        return date.getYear() == year ? date.getMonthValue() + "月" + date.getDayOfMonth() + "日" : full(date);
    }
}
