package io.zhengtong.mailbox.events;

import io.zhengtong.platform.events.EventContract;
import io.zhengtong.platform.events.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/** The leader instructed it and picked the lead and assisting units. Public contract (README, Events): add fields only in a new version. */
@EventContract(type = "zhengtong.mailbox.letter.instructed.v1", topic = LetterTopic.TOPIC)
public record LetterInstructed(UUID eventId, String aggregateId, Instant occurredAt, LetterFacts letter, ActedBy by)
        implements IntegrationEvent {
}
