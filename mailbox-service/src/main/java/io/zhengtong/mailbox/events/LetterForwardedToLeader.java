package io.zhengtong.mailbox.events;

import io.zhengtong.platform.events.EventContract;
import io.zhengtong.platform.events.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/** The dispatcher forwarded it to a leader for instruction ({@code letter.designatedLeader}). Public contract (README, Events): add fields only in a new version. */
@EventContract(type = "zhengtong.mailbox.letter.forwarded.v1", topic = LetterTopic.TOPIC)
public record LetterForwardedToLeader(UUID eventId, String aggregateId, Instant occurredAt, LetterFacts letter, ActedBy by)
        implements IntegrationEvent {
}
