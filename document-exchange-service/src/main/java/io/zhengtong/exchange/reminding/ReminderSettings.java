package io.zhengtong.exchange.reminding;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import io.zhengtong.exchange.document.Urgency;
import io.zhengtong.exchange.reminder.OfficeHours;
import io.zhengtong.exchange.reminder.ReminderDelay;
import io.zhengtong.exchange.reminder.ReminderPolicy;
import io.zhengtong.platform.calendar.WorkingDayCalendar;

/**
 * 催办 settings ({@code zhengtong.exchange.reminders}): whether this instance runs the automatic
 * reminders and how often it looks, how many copies it handles per batch, the office hours and the
 * delay per 紧急程度 (特急 2 office hours, 加急 1 working day, others 3 by default).
 */
@ConfigurationProperties("zhengtong.exchange.reminders")
public record ReminderSettings(@DefaultValue("true") boolean enabled, @DefaultValue("PT5M") Duration interval,
        @DefaultValue("100") int batchSize, @DefaultValue("08:30") String opens, @DefaultValue("17:30") String closes,
        Delays delays) {

    /** One delay: {@code amount} of {@code unit} ({@code office-hours} or {@code working-days}). */
    public record Delay(int amount, ReminderDelay.Unit unit) {

        ReminderDelay delay() {
            return new ReminderDelay(amount, unit);
        }
    }

    /** Per 紧急程度; one left out keeps its standard delay. */
    public record Delays(Delay extraUrgent, Delay urgent, Delay normal) {
    }

    public ReminderSettings {
        if (batchSize < 1) {
            throw new IllegalArgumentException("zhengtong.exchange.reminders.batch-size must be at least 1");
        }
    }

    public ReminderPolicy policy(WorkingDayCalendar calendar) {
        Delays given = delays == null ? new Delays(null, null, null) : delays;
        return new ReminderPolicy(calendar, new OfficeHours(LocalTime.parse(opens), LocalTime.parse(closes)), Map.of(
                Urgency.EXTRA_URGENT, given.extraUrgent() == null ? ReminderDelay.officeHours(2) : given.extraUrgent().delay(),
                Urgency.URGENT, given.urgent() == null ? ReminderDelay.workingDays(1) : given.urgent().delay(),
                Urgency.NORMAL, given.normal() == null ? ReminderDelay.workingDays(3) : given.normal().delay()));
    }
}
