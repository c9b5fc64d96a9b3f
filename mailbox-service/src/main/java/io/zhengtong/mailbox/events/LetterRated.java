package io.zhengtong.mailbox.events;

import io.zhengtong.platform.events.EventContract;
import io.zhengtong.platform.events.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/** The citizen rated the reply; 满意/基本满意 close the letter. Public contract (README, Events): add fields only in a new version. */
@EventContract(type = "zhengtong.mailbox.letter.rated.v1", topic = LetterTopic.TOPIC)
public record LetterRated(UUID eventId, String aggregateId, Instant occurredAt, LetterFacts letter, ActedBy by, String rating)
        implements IntegrationEvent {
}
