package io.zhengtong.exchange.reminding;

import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.zhengtong.exchange.receiving.Deliveries;
import io.zhengtong.exchange.reminder.ReminderPolicy;
import io.zhengtong.platform.calendar.CalendarChanged;

/**
 * When the working-day calendar changes (an administrator loaded or corrected a year, or this
 * instance started and caught up with the stored schedule), every pending copy whose automatic
 * reminder time was computed on another schedule gets it again from the policy: a day off added
 * inside the delay moves the reminder later, a day off taken back moves it earlier (the scheduler
 * finds copies only by that time, so an earlier one must be written, not waited for). Each copy
 * is one conditional update on the version read: a copy changed meanwhile wrote its own time.
 */
@Component
public class ReminderRecomputation {

    private static final Logger log = LoggerFactory.getLogger(ReminderRecomputation.class);
    private static final int BATCH = 200;

    private final Deliveries deliveries;
    private final ReminderPolicy policy;

    ReminderRecomputation(Deliveries deliveries, ReminderPolicy policy) {
        this.deliveries = deliveries;
        this.policy = policy;
    }

    @EventListener
    void on(CalendarChanged changed) {
        try {
            int moved = recomputePending();
            log.info("Calendar changed from {} to {}: {} pending copies' reminder times recomputed",
                    changed.previous().fingerprint(), changed.current().fingerprint(), moved);
        } catch (RuntimeException e) {
            // the calendar has changed anyway (the event is not repeated): the reminder schedule's next run catches up
            log.warn("Calendar changed to {}, reminder times not recomputed yet", changed.current().fingerprint(), e);
        }
    }

    /** Recomputes the pending copies not yet counted on the current calendar; answers how many were written. */
    public int recomputePending() {
        String fingerprint = policy.calendarFingerprint();
        int written = 0;
        UUID after = null;
        List<UUID> batch;
        do {
            batch = deliveries.computedOnAnotherCalendar(fingerprint, after, BATCH);
            for (UUID id : batch) {
                if (recompute(id)) {
                    written++;
                }
            }
            after = batch.isEmpty() ? after : batch.getLast();
        } while (batch.size() == BATCH);
        return written;
    }

    private boolean recompute(UUID id) {
        try {
            return deliveries.findById(id)
                .map(stored -> deliveries.rescheduleReminder(id, stored.delivery(), stored.version()))
                .orElse(false);
        } catch (RuntimeException e) {
            // one unreadable copy must not stop the others; it is looked at again at the next change
            log.warn("Could not recompute the reminder time of delivery {}: {}", id, e.toString());
            return false;
        }
    }
}
