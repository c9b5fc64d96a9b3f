package io.zhengtong.mailbox.events;

import io.zhengtong.platform.events.EventContract;
import io.zhengtong.platform.events.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/** The reply was approved and the citizen sees it now (ANSWERED). Public contract (README, Events): add fields only in a new version. */
@EventContract(type = "zhengtong.mailbox.letter.replied.v1", topic = LetterTopic.TOPIC)
public record LetterReplied(UUID eventId, String aggregateId, Instant occurredAt, LetterFacts letter, ActedBy by, Instant answeredAt, boolean answeredOnTime)
        implements IntegrationEvent {
}
