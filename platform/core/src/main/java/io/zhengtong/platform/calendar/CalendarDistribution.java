package io.zhengtong.platform.calendar;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.kafka.annotation.KafkaListener;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps this service's ONE {@link WorkingDayCalendar} on the schedule the owner service last
 * published on the compacted topic {@value CalendarScheduleChanged#TOPIC}. Every instance reads the
 * topic from its start in a group of its own, so a starting service gets the latest schedule and
 * a running one every change; a schedule already counted on (same fingerprint) changes nothing.
 * Until the first record arrives the calendar counts on the seed schedule.
 */
public class CalendarDistribution {

    private static final Logger log = LoggerFactory.getLogger(CalendarDistribution.class);

    private final WorkingDayCalendar calendar;
    private final JsonMapper json;
    private final ApplicationEventPublisher events;

    public CalendarDistribution(WorkingDayCalendar calendar, JsonMapper json, ApplicationEventPublisher events) {
        this.calendar = calendar;
        this.json = json;
        this.events = events;
    }

    @KafkaListener(topics = "${zhengtong.events.topic-prefix:}" + CalendarScheduleChanged.TOPIC,
            groupId = "${spring.application.name}-calendar-#{T(java.util.UUID).randomUUID()}",
            properties = "auto.offset.reset=earliest")
    void on(ConsumerRecord<String, byte[]> record) {
        Header type = record.headers().lastHeader("ce_type");
        if (type == null || !CalendarScheduleChanged.TYPE.equals(new String(type.value(), StandardCharsets.UTF_8))) {
            return;
        }
        apply(json.readValue(record.value(), CalendarScheduleChanged.class));
    }

    /**
     * Counts on the event's schedule from now on, unless it is already the one counted on; then
     * announces {@link CalendarChanged}. Answers whether the calendar changed.
     */
    public boolean apply(CalendarScheduleChanged changed) {
        HolidaySchedule schedule = HolidaySchedule.parse(changed.schedule());
        if (!Objects.equals(schedule.fingerprint(), changed.fingerprint())) {
            // Parsed differently than it was written: counting on it would silently differ from the owner.
            throw new IllegalStateException("Calendar schedule version " + changed.version() + " has fingerprint "
                    + schedule.fingerprint() + ", the event says " + changed.fingerprint());
        }
        synchronized (this) {
            if (schedule.fingerprint().equals(calendar.schedule().fingerprint())) {
                return false;
            }
            HolidaySchedule previous = calendar.replaceSchedule(schedule);
            log.info("Working-day calendar now on schedule version {} ({}), years {}; was {}", changed.version(),
                    schedule.fingerprint(), schedule.years(), previous.fingerprint());
            events.publishEvent(new CalendarChanged(previous, schedule));
        }
        return true;
    }
}
