package io.zhengtong.mailbox.events;

import io.zhengtong.mailbox.letter.Assignment;
import io.zhengtong.mailbox.letter.Letter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Where a letter stands after the event, as every mailbox event carries it: what a notification
 * consumer needs to pick recipients and templates, and what statistics count. No personal data:
 * no name, phone, e-mail, ID number, subject or content; a consumer that must contact the writer
 * asks the mailbox service.
 *
 * @param mailbox the mailbox's code, e.g. {@code county-head}
 * @param mailboxUnit the unit that owns the mailbox (its dispatchers handle it)
 * @param letterType {@code CONSULTATION}, {@code COMPLAINT}, {@code SUGGESTION}, {@code REPORT}, {@code OTHER}
 * @param status the letter's status after the event
 * @param dueDate the due date (Asia/Shanghai), {@code null} before acceptance
 * @param leadUnit the lead (主办) unit, {@code null} while none is assigned
 * @param designatedLeader the leader's username while it waits for (or after) their instruction
 * @param writerReachable whether the writer left a phone number or an e-mail address
 */
public record LetterFacts(String letterId, String mailbox, String mailboxUnit, String letterType, String status,
        Instant submittedAt, LocalDate dueDate, int extensionDays, String leadUnit, List<String> assistingUnits,
        String designatedLeader, boolean writerReachable) {

    static LetterFacts of(Letter letter) {
        var contact = letter.content().contact();
        return new LetterFacts(letter.id().toString(), letter.mailbox().code(), letter.mailbox().ownerUnit(),
                letter.type().name(), letter.status().name(), letter.submittedAt(), letter.dueDate().orElse(null),
                letter.extensionDays(), letter.assignment().map(Assignment::leadUnit).orElse(null),
                letter.assignment().map(Assignment::assistingUnits).orElse(List.of()),
                letter.designatedLeader().orElse(null), contact.phone() != null || contact.email() != null);
    }
}
