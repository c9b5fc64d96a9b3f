package io.zhengtong.exchange.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.zhengtong.exchange.delivery.DeliveryNotice;
import io.zhengtong.exchange.events.ExchangeEvents.Party;
import io.zhengtong.exchange.handling.HandlingCompleted;
import io.zhengtong.exchange.handling.HandlingEvent;
import io.zhengtong.exchange.handling.HandlingInstructed;
import io.zhengtong.exchange.handling.HandlingPartFinished;
import io.zhengtong.exchange.handling.HandlingProposed;
import io.zhengtong.exchange.handling.HandlingStatus;
import io.zhengtong.exchange.handling.IncomingDocumentArchived;
import io.zhengtong.exchange.handling.IncomingDocumentRegistered;
import io.zhengtong.platform.events.EventContract;
import io.zhengtong.platform.events.IntegrationEvent;

/**
 * 收文办理 as other services see it (the handling unit's statistics, a leader's to-do list): topic
 * {@value #TOPIC}, keyed by the delivery id like {@code exchange.deliveries}, so a copy's handling
 * steps stay in order and sit on the same partition as its delivery events. Actors are usernames
 * only: no names, no opinions (those stay in the service and on the audit chain). Contracts in the
 * README.
 */
public final class HandlingEvents {

    public static final String TOPIC = "exchange.handling";
    public static final String REGISTERED = "zhengtong.exchange.handling.registered.v1";
    public static final String PROPOSED = "zhengtong.exchange.handling.proposed.v1";
    public static final String INSTRUCTED = "zhengtong.exchange.handling.instructed.v1";
    public static final String FINISHED = "zhengtong.exchange.handling.finished.v1";
    public static final String COMPLETED = "zhengtong.exchange.handling.completed.v1";
    public static final String ARCHIVED = "zhengtong.exchange.handling.archived.v1";

    private HandlingEvents() {
    }

    /** The handled copy: which handling, of which delivery and document, in which (receiving) unit. */
    public record Handled(UUID handlingId, UUID deliveryId, UUID documentId, String number, String title, Party sender,
            Party unit) {
    }

    /** 登记: {@code by} registered the signed-for copy; {@code status} REGISTERED. */
    @EventContract(type = REGISTERED, topic = TOPIC)
    public record Registered(UUID eventId, String aggregateId, Instant occurredAt, Handled handling, String by,
            String status) implements IntegrationEvent {
    }

    /** 拟办: {@code by} proposed; {@code status} PROPOSED (the leader decides next). */
    @EventContract(type = PROPOSED, topic = TOPIC)
    public record Proposed(UUID eventId, String aggregateId, Instant occurredAt, Handled handling, String by,
            String status) implements IntegrationEvent {
    }

    /** 批办: the leader {@code by} named the {@code handlers} (usernames); {@code status} IN_HANDLING. */
    @EventContract(type = INSTRUCTED, topic = TOPIC)
    public record Instructed(UUID eventId, String aggregateId, Instant occurredAt, Handled handling, String by,
            List<String> handlers, String status) implements IntegrationEvent {
    }

    /** 承办: the handler {@code by} finished their part; {@code allFinished} once nobody is left. */
    @EventContract(type = FINISHED, topic = TOPIC)
    public record Finished(UUID eventId, String aggregateId, Instant occurredAt, Handled handling, String by,
            boolean allFinished, String status) implements IntegrationEvent {
    }

    /** 办结: {@code by} closed the handling; {@code status} COMPLETED. */
    @EventContract(type = COMPLETED, topic = TOPIC)
    public record Completed(UUID eventId, String aggregateId, Instant occurredAt, Handled handling, String by,
            String status) implements IntegrationEvent {
    }

    /** 归档: {@code by} filed it; {@code status} ARCHIVED. */
    @EventContract(type = ARCHIVED, topic = TOPIC)
    public record Archived(UUID eventId, String aggregateId, Instant occurredAt, Handled handling, String by,
            String status) implements IntegrationEvent {
    }

    /** The public event for one step of the handling of delivery {@code deliveryId}. */
    public static IntegrationEvent of(UUID deliveryId, DeliveryNotice copy, HandlingEvent event) {
        Handled handled = new Handled(event.handlingId(), deliveryId, event.documentId(), copy.number().formatted(),
                copy.title(), ExchangeEvents.party(copy.sender()), ExchangeEvents.party(copy.recipient()));
        UUID id = UUID.randomUUID();
        String key = deliveryId.toString();
        Instant at = event.occurredAt();
        return switch (event) {
            case IncomingDocumentRegistered r -> new Registered(id, key, at, handled, r.registeredBy(),
                    HandlingStatus.REGISTERED.name());
            case HandlingProposed p -> new Proposed(id, key, at, handled, p.proposedBy(), HandlingStatus.PROPOSED.name());
            case HandlingInstructed i -> new Instructed(id, key, at, handled, i.leader(), i.handlers(),
                    HandlingStatus.IN_HANDLING.name());
            case HandlingPartFinished f -> new Finished(id, key, at, handled, f.handler(), f.allFinished(),
                    HandlingStatus.IN_HANDLING.name());
            case HandlingCompleted c -> new Completed(id, key, at, handled, c.completedBy(),
                    HandlingStatus.COMPLETED.name());
            case IncomingDocumentArchived a -> new Archived(id, key, at, handled, a.archivedBy(),
                    HandlingStatus.ARCHIVED.name());
        };
    }
}
