package io.zhengtong.mailbox.events;

import io.zhengtong.platform.events.EventContract;
import io.zhengtong.platform.events.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/** The dispatcher merged it into an earlier letter as a duplicate (final). Public contract (README, Events): add fields only in a new version. */
@EventContract(type = "zhengtong.mailbox.letter.merged.v1", topic = LetterTopic.TOPIC)
public record LetterMerged(UUID eventId, String aggregateId, Instant occurredAt, LetterFacts letter, ActedBy by, String mergedInto)
        implements IntegrationEvent {
}
