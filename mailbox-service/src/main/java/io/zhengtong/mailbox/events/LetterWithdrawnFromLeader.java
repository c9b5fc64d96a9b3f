package io.zhengtong.mailbox.events;

import io.zhengtong.platform.events.EventContract;
import io.zhengtong.platform.events.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * The dispatcher or a supervisor took it back from the leader it waited for (撤回/改派); it is accepted
 * again and {@code letter.designatedLeader} is empty. Public contract (README, Events): add fields only in a new version.
 */
@EventContract(type = "zhengtong.mailbox.letter.withdrawn-from-leader.v1", topic = LetterTopic.TOPIC)
public record LetterWithdrawnFromLeader(UUID eventId, String aggregateId, Instant occurredAt, LetterFacts letter, ActedBy by)
        implements IntegrationEvent {
}
