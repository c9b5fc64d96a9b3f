package io.zhengtong.exchange.reminding;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the automatic reminders every {@code zhengtong.exchange.reminders.interval} (5 minutes by
 * default) on every instance; {@link AutomaticReminders} makes concurrent runs send each reminder
 * once. Each run first catches up with a calendar change a failed recomputation missed
 * ({@link ReminderRecomputation}; normally nothing to do). Off with
 * {@code zhengtong.exchange.reminders.enabled=false}.
 */
@Component
@ConditionalOnBooleanProperty(name = "zhengtong.exchange.reminders.enabled", matchIfMissing = true)
class ReminderSchedule {

    private static final Logger log = LoggerFactory.getLogger(ReminderSchedule.class);

    private final AutomaticReminders reminders;
    private final ReminderRecomputation recomputation;
    private final Clock clock;

    ReminderSchedule(AutomaticReminders reminders, ReminderRecomputation recomputation, Clock clock) {
        this.reminders = reminders;
        this.recomputation = recomputation;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${zhengtong.exchange.reminders.interval:PT5M}",
            initialDelayString = "${zhengtong.exchange.reminders.interval:PT5M}")
    void run() {
        try {
            recomputation.recomputePending();
            int sent = reminders.sendDue(clock.instant());
            if (sent > 0) {
                log.info("sent {} automatic reminders (催办)", sent);
            }
        } catch (RuntimeException e) {
            // the database may be down: the next run tries again
            log.warn("automatic reminders failed, retrying at the next run", e);
        }
    }
}
