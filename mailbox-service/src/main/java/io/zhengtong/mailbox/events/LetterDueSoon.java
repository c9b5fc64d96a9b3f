package io.zhengtong.mailbox.events;

import io.zhengtong.mailbox.letter.Letter;
import io.zhengtong.platform.events.EventContract;
import io.zhengtong.platform.events.IntegrationEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The letter's due date is near and it has no answer yet: raised once per due date by the
 * supervision job when at most {@code due-soon-within} working days are left. {@code by} is the
 * system (all null). Public contract (README, Events): add fields only in a new version.
 *
 * @param workingDaysLeft working days after the day of the check up to the due date (0 on the due date)
 * @param unitCode the unit held responsible: the lead unit, or the mailbox's unit while unassigned
 */
@EventContract(type = "zhengtong.mailbox.letter.due-soon.v1", topic = LetterTopic.TOPIC)
public record LetterDueSoon(UUID eventId, String aggregateId, Instant occurredAt, LetterFacts letter, ActedBy by,
        int workingDaysLeft, LocalDate dueDate, String unitCode) implements IntegrationEvent {

    public static LetterDueSoon of(Letter letter, int workingDaysLeft, String unitCode, Instant at) {
        return new LetterDueSoon(UUID.randomUUID(), letter.id().toString(), at, LetterFacts.of(letter),
                new ActedBy(null, null, null), workingDaysLeft, letter.dueDate().orElse(null), unitCode);
    }
}
