package io.zhengtong.mailbox.events;

import io.zhengtong.platform.events.EventContract;
import io.zhengtong.platform.events.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/** The citizen, unsatisfied, had it reopened: back with the lead unit with a fresh due date. Public contract (README, Events): add fields only in a new version. */
@EventContract(type = "zhengtong.mailbox.letter.reopened.v1", topic = LetterTopic.TOPIC)
public record LetterReopened(UUID eventId, String aggregateId, Instant occurredAt, LetterFacts letter, ActedBy by)
        implements IntegrationEvent {
}
