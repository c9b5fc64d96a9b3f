package io.zhengtong.mailbox.publication;

import io.zhengtong.platform.events.EventContract;
import io.zhengtong.platform.events.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * A published letter was taken off the website: the site search removes it. Public contract
 * (README, Events): add fields only in a new version.
 */
@EventContract(type = "zhengtong.mailbox.letter.unpublished.v1", topic = LetterPublications.TOPIC)
public record LetterUnpublished(UUID eventId, String aggregateId, Instant occurredAt, String letterId, String reason)
        implements IntegrationEvent {
}
