package io.zhengtong.mailbox.events;

import io.zhengtong.platform.events.EventContract;
import io.zhengtong.platform.events.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/** The dispatcher or a supervisor closed an answered letter. Public contract (README, Events): add fields only in a new version. */
@EventContract(type = "zhengtong.mailbox.letter.closed.v1", topic = LetterTopic.TOPIC)
public record LetterClosed(UUID eventId, String aggregateId, Instant occurredAt, LetterFacts letter, ActedBy by, String rating)
        implements IntegrationEvent {
}
