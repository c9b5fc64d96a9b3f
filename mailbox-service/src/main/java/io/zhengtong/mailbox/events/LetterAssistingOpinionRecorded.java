package io.zhengtong.mailbox.events;

import io.zhengtong.platform.events.EventContract;
import io.zhengtong.platform.events.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * An assisting unit ({@code by.unitCode}) wrote its opinion (协办意见) for the lead unit; the text stays
 * in the mailbox. Public contract (README, Events): add fields only in a new version.
 */
@EventContract(type = "zhengtong.mailbox.letter.assisting-opinion-recorded.v1", topic = LetterTopic.TOPIC)
public record LetterAssistingOpinionRecorded(UUID eventId, String aggregateId, Instant occurredAt, LetterFacts letter,
        ActedBy by) implements IntegrationEvent {
}
