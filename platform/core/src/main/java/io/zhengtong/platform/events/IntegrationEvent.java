package io.zhengtong.platform.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A fact another service may rely on. Publish it with Spring's {@code ApplicationEventPublisher}
 * inside the transaction that changes the state: the event is stored in the same transaction
 * (the outbox, Spring Modulith's event publication registry) and relayed to Kafka after the
 * commit, retried until Kafka acknowledges it.
 *
 * <p>On Kafka the event is a CloudEvent 1.0 in binary mode: {@code ce_id} = {@link #eventId()},
 * {@code ce_type} and the topic from {@link EventContract}, {@code ce_source} the producing
 * service, {@code ce_time} = {@link #occurredAt()}, the record key = {@link #aggregateId()} (so
 * one aggregate's events stay in order), and the data is the event record as JSON.
 * Implementations are records annotated with {@link EventContract}.
 */
public interface IntegrationEvent {

    /** Unique per event and stable across redeliveries: consumers deduplicate by it. */
    UUID eventId();

    /** The id of the aggregate the event is about; the Kafka record key. */
    String aggregateId();

    Instant occurredAt();
}
