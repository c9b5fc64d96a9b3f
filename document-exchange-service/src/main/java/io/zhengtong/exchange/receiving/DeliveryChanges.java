package io.zhengtong.exchange.receiving;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;

import io.zhengtong.exchange.audit.AuditTrail;
import io.zhengtong.exchange.delivery.Delivery;
import io.zhengtong.exchange.workflow.HistoryEntry;

/**
 * How every use case stores what happened to a delivery, inside its transaction: the row (with
 * the version check), the new history lines on the document's audit chain, and the delivery's
 * events through the outbox. One place, so no step forgets the chain or the events.
 */
@Component
public class DeliveryChanges {

    private final Deliveries deliveries;
    private final AuditTrail audit;
    private final DeliveryEventPublisher events;

    DeliveryChanges(Deliveries deliveries, AuditTrail audit, DeliveryEventPublisher events) {
        this.deliveries = deliveries;
        this.audit = audit;
        this.events = events;
    }

    /** A new delivery (the fan-out): inserted, its DELIVERED line appended, its event published. */
    public UUID add(Delivery delivery) {
        UUID id = deliveries.add(delivery);
        audit.appendAll(delivery.key().documentId().toString(), delivery.history());
        events.publish(id, delivery);
        return id;
    }

    /**
     * Saves a changed delivery if nobody changed it since it was loaded (else 409, nothing kept),
     * appends the history lines after {@code historyBefore} and publishes its events.
     */
    public Deliveries.Stored save(Deliveries.Stored loaded, Delivery delivery, int historyBefore) {
        long version = deliveries.save(loaded.id(), delivery, loaded.version());
        List<HistoryEntry> history = delivery.history();
        audit.appendAll(delivery.key().documentId().toString(), history.subList(historyBefore, history.size()));
        events.publish(loaded.id(), delivery);
        return new Deliveries.Stored(loaded.id(), delivery, version, loaded.receiptSignature(),
                loaded.receiptCertificate());
    }
}
