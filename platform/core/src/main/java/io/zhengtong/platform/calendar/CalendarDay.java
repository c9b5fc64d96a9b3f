package io.zhengtong.platform.calendar;

import java.time.LocalDate;

/**
 * One date as the calendar sees it.
 *
 * @param date the Asia/Shanghai date
 * @param kind working day, 调休 working day, weekend or holiday
 * @param holiday the holiday's name for {@link DayKind#HOLIDAY} and {@link DayKind#ADJUSTED_WORKDAY}, otherwise {@code null}
 * @param provisional {@code true} when the date's year has no schedule loaded, so the answer
 *        is a weekends-only guess that a later schedule may change
 */
public record CalendarDay(LocalDate date, DayKind kind, String holiday, boolean provisional) {

    public boolean isWorkingDay() {
        return kind.isWorking();
    }

    /** The Chinese label: 工作日, 周末, 节假日（春节）, 调休上班（春节）. */
    public String label() {
        return holiday == null ? kind.label() : kind.label() + "（" + holiday + "）";
    }

    /** 星期一 to 星期日. */
    public String weekday() {
        return ChineseDates.weekday(date);
    }
}
