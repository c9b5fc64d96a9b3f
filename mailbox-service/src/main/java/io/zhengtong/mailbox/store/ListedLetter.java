package io.zhengtong.mailbox.store;

import io.zhengtong.mailbox.letter.LetterStatus;
import io.zhengtong.mailbox.letter.LetterType;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What a work list shows of a letter, read as a projection: no text, no history, no duplicates,
 * and of the personal data only the phone (decrypted, for masking). A work list of 200 letters
 * restored as aggregates was the most expensive request of a letter's life.
 *
 * @param trackingCode compact, as stored
 * @param contactPhone decrypted: mask it before it leaves the service
 * @param extensionRequestedDays the working days of an extension request waiting for a decision
 * @param suspectedDuplicate 疑似重复 (see {@link StoredLetter})
 */
public record ListedLetter(String id, long version, String trackingCode, String mailboxCode, String mailboxName,
        LetterType type, String subject, LetterStatus status, Instant submittedAt, String contactName,
        String contactPhone, LocalDate dueDate, String leadUnit, String designatedLeader, Integer extensionRequestedDays,
        boolean suspectedDuplicate) {
}
