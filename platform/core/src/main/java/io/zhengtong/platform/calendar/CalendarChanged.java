package io.zhengtong.platform.calendar;

/**
 * A local Spring event: this service's {@link WorkingDayCalendar} now counts on {@code current}
 * instead of {@code previous}. Services recompute what they computed on the old schedule (the
 * deadlines whose stored fingerprint is not {@code current.fingerprint()}).
 */
public record CalendarChanged(HolidaySchedule previous, HolidaySchedule current) {
}
