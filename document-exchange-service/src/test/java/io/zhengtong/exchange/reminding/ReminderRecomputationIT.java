package io.zhengtong.exchange.reminding;

import static io.zhengtong.exchange.receiving.ExchangeClient.WU_XIA;
import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.zhengtong.exchange.receiving.Deliveries;
import io.zhengtong.exchange.receiving.ExchangeClient;
import io.zhengtong.exchange.reminder.ReminderPolicy;
import io.zhengtong.platform.calendar.CalendarDistribution;
import io.zhengtong.platform.calendar.CalendarScheduleChanged;
import io.zhengtong.platform.calendar.HolidaySchedule;
import io.zhengtong.platform.calendar.WorkingDayCalendar;
import io.zhengtong.platform.test.IntegrationTest;

/**
 * The county takes back a day off it had announced: a copy delivered while that day was off had
 * its automatic reminder one working day later; once the calendar changes, the stored reminder
 * time is recomputed and the reminder goes out on the corrected (earlier) time, not a day late.
 * The calendar is changed through the platform's distribution, as a published schedule would.
 */
@IntegrationTest
@SuppressWarnings("unchecked")
class ReminderRecomputationIT {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    CalendarDistribution distribution;

    @Autowired
    WorkingDayCalendar calendar;

    @Autowired
    Deliveries deliveries;

    @Autowired
    ReminderPolicy policy;

    @Autowired
    AutomaticReminders automatic;

    long version = System.currentTimeMillis();

    void countOn(HolidaySchedule schedule) {
        distribution.apply(new CalendarScheduleChanged(UUID.randomUUID(), CalendarScheduleChanged.KEY, Instant.now(),
                version++, schedule.fingerprint(), List.copyOf(schedule.years()), List.of(), "test", schedule.toCsv()));
        assertThat(calendar.schedule().fingerprint()).isEqualTo(schedule.fingerprint());
    }

    Instant storedReminderAt(Object deliveryId) {
        return jdbc.sql("SELECT next_reminder_at FROM delivery WHERE id = ?").param(deliveryId.toString())
            .query(Timestamp.class).single().toInstant();
    }

    String storedCalendar(Object deliveryId) {
        return jdbc.sql("SELECT calendar_fingerprint FROM delivery WHERE id = ?").param(deliveryId.toString())
            .query(String.class).single();
    }

    @Test
    void aDayOffTakenBackMovesThePendingCopysReminderEarlierAndItIsSentOnTheCorrectedTime() {
        HolidaySchedule original = calendar.schedule();
        // the first plain weekday after today becomes a day off (an announced 调休 the county later takes back)
        LocalDate dayOff = calendar.nextWorkingDay(WorkingDayCalendar.dateOf(Instant.now()));
        while (original.adjustmentOn(dayOff).isPresent() || dayOff.getDayOfWeek().compareTo(DayOfWeek.FRIDAY) > 0) {
            dayOff = calendar.nextWorkingDay(dayOff);
        }
        HolidaySchedule withDayOff = HolidaySchedule.parse(original.toCsv() + dayOff + ",OFF,临时调整（测试）\n");
        ExchangeClient api = new ExchangeClient(port);
        Object delivery;
        Object documentId;
        Instant announced;
        try {
            countOn(withDayOff);
            documentId = api.dispatched("关于调整" + dayOff + "值班安排的通知", "", List.of("development-reform"), List.of())
                .get("id");
            delivery = api.awaitInInbox(WU_XIA, documentId).get("id");
            announced = storedReminderAt(delivery);
            assertThat(storedCalendar(delivery)).isEqualTo(withDayOff.fingerprint());
            assertThat(WorkingDayCalendar.dateOf(announced)).as("the day off lies inside the delay").isAfter(dayOff);
        } finally {
            countOn(original);
        }

        Instant corrected = storedReminderAt(delivery);
        assertThat(corrected).isBefore(announced);
        assertThat(corrected).isEqualTo(policy.nextAutomaticReminderAt(
                deliveries.findById(UUID.fromString(delivery.toString())).orElseThrow().delivery()).orElseThrow());
        assertThat(storedCalendar(delivery)).isEqualTo(original.fingerprint());

        // the schedule finds the copy by its stored time: reminded on the corrected time, a day before the old one
        assertThat(automatic.sendDue(corrected.plus(Duration.ofMinutes(1)), UUID.fromString(documentId.toString())))
            .isEqualTo(1);
        Map<String, Object> row = ExchangeClient.row(api.board(documentId), "development-reform");
        assertThat(row).containsEntry("reminders", 1);
    }
}
