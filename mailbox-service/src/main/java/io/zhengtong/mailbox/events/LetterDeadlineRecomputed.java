package io.zhengtong.mailbox.events;

import io.zhengtong.platform.events.EventContract;
import io.zhengtong.platform.events.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/** The holiday schedule changed and the due date moved. Public contract (README, Events): add fields only in a new version. */
@EventContract(type = "zhengtong.mailbox.letter.deadline-recomputed.v1", topic = LetterTopic.TOPIC)
public record LetterDeadlineRecomputed(UUID eventId, String aggregateId, Instant occurredAt, LetterFacts letter, ActedBy by)
        implements IntegrationEvent {
}
