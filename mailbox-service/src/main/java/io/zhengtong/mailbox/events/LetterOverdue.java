package io.zhengtong.mailbox.events;

import io.zhengtong.mailbox.letter.Letter;
import io.zhengtong.platform.events.EventContract;
import io.zhengtong.platform.events.IntegrationEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The letter is past its due date without an answer: raised by the supervision job when it becomes
 * overdue and again when its card turns yellow or red. {@code by} is the system (all null).
 * Public contract (README, Events): add fields only in a new version.
 *
 * @param card {@code NONE} (overdue, no card yet), {@code YELLOW} (黄牌警告) or {@code RED} (红牌督办)
 * @param workingDaysOverdue working days after the due date up to the day of the check
 * @param unitCode the unit held responsible: the lead unit, or the mailbox's unit while unassigned
 */
@EventContract(type = "zhengtong.mailbox.letter.overdue.v1", topic = LetterTopic.TOPIC)
public record LetterOverdue(UUID eventId, String aggregateId, Instant occurredAt, LetterFacts letter, ActedBy by,
        String card, int workingDaysOverdue, LocalDate dueDate, String unitCode) implements IntegrationEvent {

    public static LetterOverdue of(Letter letter, String card, int workingDaysOverdue, String unitCode, Instant at) {
        return new LetterOverdue(UUID.randomUUID(), letter.id().toString(), at, LetterFacts.of(letter),
                new ActedBy(null, null, null), card, workingDaysOverdue, letter.dueDate().orElse(null), unitCode);
    }
}
