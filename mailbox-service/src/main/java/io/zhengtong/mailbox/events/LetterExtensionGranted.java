package io.zhengtong.mailbox.events;

import io.zhengtong.platform.events.EventContract;
import io.zhengtong.platform.events.IntegrationEvent;
import java.time.Instant;
import java.util.UUID;

/** The dispatcher or a supervisor granted an extension; {@code letter.dueDate} is the new due date. Public contract (README, Events): add fields only in a new version. */
@EventContract(type = "zhengtong.mailbox.letter.extension-granted.v1", topic = LetterTopic.TOPIC)
public record LetterExtensionGranted(UUID eventId, String aggregateId, Instant occurredAt, LetterFacts letter, ActedBy by)
        implements IntegrationEvent {
}
