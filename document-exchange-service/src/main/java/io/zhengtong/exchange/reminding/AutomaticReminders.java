package io.zhengtong.exchange.reminding;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import io.zhengtong.exchange.delivery.Delivery;
import io.zhengtong.exchange.receiving.Deliveries;
import io.zhengtong.exchange.receiving.DeliveryChanges;
import io.zhengtong.exchange.reminder.ReminderPolicy;
import io.zhengtong.exchange.workflow.IllegalTransition;

/**
 * 自动催办: reminds every pending copy whose reminder is due. Each copy in its own transaction,
 * saved only on the version it was read at: when two instances (or a clerk signing for it) get to
 * the same copy at once, one save wins and the other's transaction, with its audit line and event,
 * rolls back. So a reminder is sent once, however many instances run the schedule.
 */
@Service
public class AutomaticReminders {

    private static final Logger log = LoggerFactory.getLogger(AutomaticReminders.class);
    /** Batches per run at most: copies that keep losing races are left for the next run. */
    private static final int MAX_BATCHES = 20;

    private final Deliveries deliveries;
    private final DeliveryChanges changes;
    private final ReminderPolicy policy;
    private final TransactionTemplate transactions;
    private final int batchSize;

    AutomaticReminders(Deliveries deliveries, DeliveryChanges changes, ReminderPolicy policy,
            TransactionTemplate transactions, ReminderSettings settings) {
        this.deliveries = deliveries;
        this.changes = changes;
        this.policy = policy;
        this.transactions = transactions;
        this.batchSize = settings.batchSize();
    }

    /** Sends the reminders due at {@code now}; answers how many were sent. */
    public int sendDue(Instant now) {
        return sendDue(now, null);
    }

    /** As {@link #sendDue(Instant)}, for one document's copies only (null: all). */
    public int sendDue(Instant now, UUID onlyDocument) {
        int sent = 0;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            List<UUID> due = deliveries.dueForReminder(now, onlyDocument, batchSize);
            for (UUID id : due) {
                if (remindIfDue(id, now)) {
                    sent++;
                }
            }
            if (due.size() < batchSize) {
                break;
            }
        }
        return sent;
    }

    private boolean remindIfDue(UUID id, Instant now) {
        try {
            return Boolean.TRUE.equals(transactions.execute(status -> {
                Deliveries.Stored stored = deliveries.findById(id).orElse(null);
                if (stored == null) {
                    return false;
                }
                Delivery delivery = stored.delivery();
                int before = delivery.history().size();
                if (!policy.remindIfDue(delivery, now)) {
                    deliveries.rescheduleReminder(id, delivery, stored.version());
                    return false;
                }
                changes.save(stored, delivery, before);
                return true;
            }));
        } catch (ObjectOptimisticLockingFailureException | IllegalTransition lostTheRace) {
            // another instance reminded it, or the recipient signed for or returned it meanwhile
            log.debug("reminder of delivery {} not sent: {}", id, lostTheRace.getMessage());
            return false;
        }
    }
}
