/**
 * The one working-day calendar every service counts statutory deadlines on (Asia/Shanghai
 * dates): weekends and public holidays off, 调休 make-up weekend days on. The yearly schedule
 * is data ({@link io.zhengtong.platform.calendar.HolidaySchedule}, loaded from the CSV format of
 * {@code calendar/cn-workday-adjustments.csv}); the counting is pure logic
 * ({@link io.zhengtong.platform.calendar.WorkingDayCalendar}) without Spring, and every
 * deadline explains itself ({@link io.zhengtong.platform.calendar.Deadline}).
 */
package io.zhengtong.platform.calendar;
