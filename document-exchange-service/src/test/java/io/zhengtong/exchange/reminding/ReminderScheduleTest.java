package io.zhengtong.exchange.reminding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import io.zhengtong.exchange.delivery.Copies;
import io.zhengtong.exchange.delivery.Delivery;
import io.zhengtong.exchange.document.Documents;
import io.zhengtong.exchange.document.Urgency;
import io.zhengtong.exchange.reminder.ReminderDelay;
import io.zhengtong.exchange.reminder.ReminderPolicy;
import io.zhengtong.platform.calendar.WorkingDayCalendar;

class ReminderScheduleTest {

    @Test
    void eachRunRemindsWhatIsDueAtTheClocksTimeAndAFailedRunWaitsForTheNext() {
        Instant now = Instant.parse("2026-03-03T02:00:00Z");
        AutomaticReminders reminders = mock(AutomaticReminders.class);
        when(reminders.sendDue(now)).thenThrow(new IllegalStateException("database down"));

        new ReminderSchedule(reminders, mock(ReminderRecomputation.class), Clock.fixed(now, ZoneOffset.UTC)).run();

        verify(reminders).sendDue(now);
    }

    @Test
    void eachRunFirstCatchesUpWithACalendarChangeBeforeLookingForDueReminders() {
        Instant now = Instant.parse("2026-03-03T02:00:00Z");
        AutomaticReminders reminders = mock(AutomaticReminders.class);
        ReminderRecomputation recomputation = mock(ReminderRecomputation.class);

        new ReminderSchedule(reminders, recomputation, Clock.fixed(now, ZoneOffset.UTC)).run();

        InOrder order = inOrder(recomputation, reminders);
        order.verify(recomputation).recomputePending();
        order.verify(reminders).sendDue(now);
    }

    @Test
    void withoutConfigurationTheDelaysAreTwoOfficeHoursOneAndThreeWorkingDays() {
        ReminderPolicy policy = new ReminderSettings(true, Duration.ofMinutes(5), 100, "08:30", "17:30", null)
            .policy(WorkingDayCalendar.onSeedSchedule());

        assertThat(policy.delayFor(Urgency.EXTRA_URGENT))
            .isEqualTo(ReminderDelay.officeHours(2));
        assertThat(policy.delayFor(Urgency.URGENT)).isEqualTo(ReminderDelay.workingDays(1));
        assertThat(policy.delayFor(Urgency.NORMAL)).isEqualTo(ReminderDelay.workingDays(3));
    }

    @Test
    void aConfiguredDelayAndOfficeHoursChangeWhenACopyIsDue() {
        ReminderSettings settings = new ReminderSettings(true, Duration.ofMinutes(5), 100, "09:00", "17:00",
                new ReminderSettings.Delays(new ReminderSettings.Delay(4, ReminderDelay.Unit.OFFICE_HOURS), null, null));
        ReminderPolicy policy = settings.policy(WorkingDayCalendar.onSeedSchedule());
        // 特急 delivered Tuesday 2026-03-03 15:00 Shanghai: 2 office hours that day, 2 more from 09:00 Wednesday
        Delivery delivery = Delivery.deliver(Copies.notice(Documents.CULTURE_TOURISM, 1, Urgency.EXTRA_URGENT),
                Instant.parse("2026-03-03T07:00:00Z"));

        assertThat(policy.signForDueAt(delivery)).isEqualTo(Instant.parse("2026-03-04T03:00:00Z"));
    }
}
