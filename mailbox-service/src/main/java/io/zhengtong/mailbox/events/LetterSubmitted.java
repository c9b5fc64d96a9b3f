package io.zhengtong.mailbox.events;

import io.zhengtong.platform.events.EventContract;
import io.zhengtong.platform.events.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/** A citizen wrote a letter (SUBMITTED). Public contract (README, Events): add fields only in a new version. */
@EventContract(type = "zhengtong.mailbox.letter.submitted.v1", topic = LetterTopic.TOPIC)
public record LetterSubmitted(UUID eventId, String aggregateId, Instant occurredAt, LetterFacts letter, ActedBy by)
        implements IntegrationEvent {
}
