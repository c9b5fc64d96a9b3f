package io.zhengtong.exchange.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import io.zhengtong.exchange.events.ExchangeEvents.Party;
import io.zhengtong.platform.events.EventContract;
import io.zhengtong.platform.events.IntegrationEvent;

/**
 * A dispatched document marked 主动公开: the disclosure catalogue lists it. Sent once, at
 * dispatch, beside {@link DocumentDispatchedEvent}. Contract: see the README.
 */
@EventContract(type = ExchangeEvents.PUBLISHED_FOR_DISCLOSURE, topic = ExchangeEvents.TOPIC)
public record DocumentPublishedForDisclosure(UUID eventId, String aggregateId, Instant occurredAt, UUID documentId,
        String number, String title, Party issuer, LocalDate writtenOn, LocalDate printedOn, String urgency)
        implements IntegrationEvent {
}
