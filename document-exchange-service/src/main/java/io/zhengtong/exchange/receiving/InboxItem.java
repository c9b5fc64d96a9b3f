package io.zhengtong.exchange.receiving;

import java.time.Instant;
import java.util.UUID;

import io.zhengtong.exchange.delivery.Delivery;
import io.zhengtong.exchange.delivery.Reminder;
import io.zhengtong.exchange.document.Organ;

/** One line of a unit's inbox (收文); {@code reminders}: how often the sender reminded (催办), the last when. */
public record InboxItem(UUID id, long version, UUID documentId, String number, String title, Organ sender,
        String urgency, String kind, String copyNumber, String status, String statusLabel, Instant deliveredAt,
        Instant firstReadAt, int reminders, Instant lastRemindedAt) {

    static InboxItem of(Deliveries.Stored stored) {
        Delivery d = stored.delivery();
        var n = d.notice();
        return new InboxItem(stored.id(), stored.version(), n.documentId(), n.number().formatted(), n.title(),
                n.sender(), n.urgency().label(), n.kind().name(), n.copyNumber().formatted(), d.status().name(),
                d.status().label(), d.deliveredAt(), d.firstReadAt().orElse(null), d.reminders().size(),
                d.lastReminder().map(Reminder::at).orElse(null));
    }
}
