package io.zhengtong.platform.calendar;

import io.zhengtong.platform.events.EventContract;
import io.zhengtong.platform.events.IntegrationEvent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The calendar's schedule changed (an administrator loaded or corrected a year): carries the
 * WHOLE schedule, so the compacted topic's last record is all a starting service needs. Key
 * {@value #KEY}. Public contract: add fields only in a new version.
 *
 * @param version the schedule's version (ascending; the owner's {@code calendar_schedule_version})
 * @param fingerprint {@link HolidaySchedule#fingerprint()} of {@code schedule}
 * @param changedYears the years this version loaded or replaced
 * @param schedule the whole schedule in the seed CSV format ({@link HolidaySchedule#toCsv()})
 */
@EventContract(type = CalendarScheduleChanged.TYPE, topic = CalendarScheduleChanged.TOPIC)
public record CalendarScheduleChanged(UUID eventId, String aggregateId, Instant occurredAt, long version,
        String fingerprint, List<Integer> years, List<Integer> changedYears, String changedBy, String schedule)
        implements IntegrationEvent {

    public static final String TYPE = "zhengtong.platform.calendar.changed.v1";
    public static final String TOPIC = "platform.calendar";
    public static final String KEY = "working-day-calendar";
}
