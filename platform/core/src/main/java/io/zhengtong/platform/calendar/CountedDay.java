package io.zhengtong.platform.calendar;

/**
 * A day between receipt and the due date, and whether it counted.
 *
 * @param day the date and its kind
 * @param ordinal which working day of the period it is (1 = the first), 0 when skipped
 */
public record CountedDay(CalendarDay day, int ordinal) {

    public boolean counted() {
        return ordinal > 0;
    }
}
