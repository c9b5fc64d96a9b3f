package io.zhengtong.mailbox.events;

import io.zhengtong.platform.events.EventContract;
import io.zhengtong.platform.events.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/** The dispatcher accepted it; the due date is fixed. Public contract (README, Events): add fields only in a new version. */
@EventContract(type = "zhengtong.mailbox.letter.accepted.v1", topic = LetterTopic.TOPIC)
public record LetterAccepted(UUID eventId, String aggregateId, Instant occurredAt, LetterFacts letter, ActedBy by)
        implements IntegrationEvent {
}
