package io.zhengtong.mailbox.supervision;

import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the automatic reminders on {@code zhengtong.mailbox.supervision.reminder-cron} (every 10
 * minutes, Asia/Shanghai; "-" turns it off): letters due soon, then overdue letters.
 */
@Component
class ReminderSchedule {

    private static final Logger log = LoggerFactory.getLogger(ReminderSchedule.class);

    private final DueSoonReminders dueSoon;
    private final OverdueReminders overdue;
    private final Clock clock;

    ReminderSchedule(DueSoonReminders dueSoon, OverdueReminders overdue, Clock clock) {
        this.dueSoon = dueSoon;
        this.overdue = overdue;
        this.clock = clock;
    }

    @Scheduled(cron = "${zhengtong.mailbox.supervision.reminder-cron:0 */10 * * * *}", zone = "Asia/Shanghai")
    void onSchedule() {
        Instant now = clock.instant();
        int dueSoonAnnounced = dueSoon.remindAt(now);
        int overdueAnnounced = overdue.remindAt(now);
        if (dueSoonAnnounced + overdueAnnounced > 0) {
            log.info("Reminders: {} letters due soon, {} overdue announced", dueSoonAnnounced, overdueAnnounced);
        }
    }
}
