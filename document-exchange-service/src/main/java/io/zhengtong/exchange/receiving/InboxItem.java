package io.zhengtong.exchange.receiving;

import java.time.Instant;
import java.util.UUID;

import io.zhengtong.exchange.delivery.Delivery;
import io.zhengtong.exchange.document.Organ;

/** One line of a unit's inbox (收文). */
public record InboxItem(UUID id, long version, UUID documentId, String number, String title, Organ sender,
        String urgency, String kind, String copyNumber, String status, String statusLabel, Instant deliveredAt,
        Instant firstReadAt) {

    static InboxItem of(Deliveries.Stored stored) {
        Delivery d = stored.delivery();
        var n = d.notice();
        return new InboxItem(stored.id(), stored.version(), n.documentId(), n.number().formatted(), n.title(),
                n.sender(), n.urgency().label(), n.kind().name(), n.copyNumber().formatted(), d.status().name(),
                d.status().label(), d.deliveredAt(), d.firstReadAt().orElse(null));
    }
}
