package io.zhengtong.exchange.events;

import java.time.Instant;
import java.util.UUID;

import io.zhengtong.exchange.delivery.Delivery;
import io.zhengtong.exchange.delivery.DeliveryEvent;
import io.zhengtong.exchange.delivery.DeliveryNotice;
import io.zhengtong.exchange.delivery.DeliveryReminded;
import io.zhengtong.exchange.delivery.DocumentDelivered;
import io.zhengtong.exchange.delivery.DocumentRead;
import io.zhengtong.exchange.delivery.DocumentReturned;
import io.zhengtong.exchange.delivery.DocumentSignedFor;
import io.zhengtong.exchange.events.ExchangeEvents.Party;
import io.zhengtong.platform.events.EventContract;
import io.zhengtong.platform.events.IntegrationEvent;

/**
 * What happened to one recipient's copy, as other services see it (notifications, statistics):
 * topic {@value #TOPIC}, keyed by the delivery id so one copy's events stay in order. Every event
 * names the copy ({@link Copy}); contracts in the README.
 */
public final class DeliveryEvents {

    public static final String TOPIC = "exchange.deliveries";
    public static final String DELIVERED = "zhengtong.exchange.delivery.delivered.v1";
    public static final String READ = "zhengtong.exchange.delivery.read.v1";
    public static final String SIGNED_FOR = "zhengtong.exchange.delivery.signed-for.v1";
    public static final String RETURNED = "zhengtong.exchange.delivery.returned.v1";
    public static final String REMINDED = "zhengtong.exchange.delivery.reminded.v1";

    private DeliveryEvents() {
    }

    /**
     * The copy an event is about: the delivery, its document (number, title, 紧急程度), sender,
     * recipient, 主送/抄送 and 份号.
     */
    public record Copy(UUID deliveryId, UUID documentId, String number, String title, String urgency, Party sender,
            Party recipient, String kind, String copyNumber) {

        static Copy of(UUID deliveryId, DeliveryNotice n) {
            return new Copy(deliveryId, n.documentId(), n.number().formatted(), n.title(), n.urgency().label(),
                    ExchangeEvents.party(n.sender()), ExchangeEvents.party(n.recipient()), n.kind().name(),
                    n.copyNumber().formatted());
        }
    }

    /** 送达: the copy is in the recipient's inbox (待签收). */
    @EventContract(type = DELIVERED, topic = TOPIC)
    public record Delivered(UUID eventId, String aggregateId, Instant occurredAt, Copy copy) implements IntegrationEvent {
    }

    /** 阅读: the first opening by the recipient's staff (later openings are not events). */
    @EventContract(type = READ, topic = TOPIC)
    public record Read(UUID eventId, String aggregateId, Instant occurredAt, Copy copy, String readBy)
            implements IntegrationEvent {
    }

    /**
     * 签收: who and when; {@code metadataDigest} is the signed content acknowledged. The receipt
     * signed by the recipient unit is on the sender's board.
     */
    @EventContract(type = SIGNED_FOR, topic = TOPIC)
    public record SignedFor(UUID eventId, String aggregateId, Instant occurredAt, Copy copy, String signedForBy,
            String signedForByName, String metadataDigest) implements IntegrationEvent {
    }

    /** 退回 with the recipient's reason. */
    @EventContract(type = RETURNED, topic = TOPIC)
    public record Returned(UUID eventId, String aggregateId, Instant occurredAt, Copy copy, String returnedBy,
            String reason) implements IntegrationEvent {
    }

    /**
     * 催办: {@code kind} AUTOMATIC (by = {@code system}) or MANUAL (a clerk of the sender);
     * {@code reminders} how many the copy has had, this one included.
     */
    @EventContract(type = REMINDED, topic = TOPIC)
    public record Reminded(UUID eventId, String aggregateId, Instant occurredAt, Copy copy, String kind, String by,
            String byName, String note, int reminders) implements IntegrationEvent {
    }

    /** The public event for one of the delivery's domain events. */
    public static IntegrationEvent of(UUID deliveryId, Delivery delivery, DeliveryEvent event) {
        Copy copy = Copy.of(deliveryId, delivery.notice());
        UUID id = UUID.randomUUID();
        String key = deliveryId.toString();
        Instant at = event.occurredAt();
        return switch (event) {
            case DocumentDelivered d -> new Delivered(id, key, at, copy);
            case DocumentRead r -> new Read(id, key, at, copy, r.readBy());
            case DocumentSignedFor s -> new SignedFor(id, key, at, copy, s.receipt().signedForBy(),
                    s.receipt().signedForByName(), s.receipt().metadataDigest());
            case DocumentReturned r -> new Returned(id, key, at, copy, r.returnedBy(), r.reason());
            case DeliveryReminded r -> new Reminded(id, key, at, copy, r.reminder().kind().name(), r.reminder().by(),
                    r.reminder().byName(), r.reminder().note(), delivery.reminders().size());
        };
    }
}
