package io.zhengtong.mailbox.events;

import io.zhengtong.platform.events.EventContract;
import io.zhengtong.platform.events.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/** The lead unit asked for more working days. Public contract (README, Events): add fields only in a new version. */
@EventContract(type = "zhengtong.mailbox.letter.extension-requested.v1", topic = LetterTopic.TOPIC)
public record LetterExtensionRequested(UUID eventId, String aggregateId, Instant occurredAt, LetterFacts letter, ActedBy by, int requestedDays)
        implements IntegrationEvent {
}
