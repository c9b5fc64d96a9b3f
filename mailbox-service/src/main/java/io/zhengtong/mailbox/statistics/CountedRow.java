package io.zhengtong.mailbox.statistics;

import io.zhengtong.mailbox.letter.LetterStatus;
import io.zhengtong.mailbox.letter.Rating;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * A letter as one of the statistics' index ranges reads it (V55: only columns of that index, so no
 * row is looked up). The mailbox's unit is resolved in Java: joining {@code mailbox} let MariaDB
 * read the letters mailbox by mailbox instead of the range.
 */
public record CountedRow(String leadUnit, String mailboxCode, LetterStatus status, Instant submittedAt,
        LocalDate dueDate, Instant answeredAt, Rating rating) {

    /** Received in the period. */
    public CountedRow(String leadUnit, String mailboxCode, LetterStatus status, Instant submittedAt) {
        this(leadUnit, mailboxCode, status, submittedAt, null, null, null);
    }

    /** Due in the period. */
    public CountedRow(String leadUnit, String mailboxCode, LetterStatus status, LocalDate dueDate, Instant answeredAt) {
        this(leadUnit, mailboxCode, status, null, dueDate, answeredAt, null);
    }

    /** @param ownerUnits each mailbox's unit, which answers for its letters while no lead unit is assigned */
    CountedLetter counted(Map<String, String> ownerUnits) {
        String unit = leadUnit != null ? leadUnit : ownerUnits.getOrDefault(mailboxCode, mailboxCode);
        return new CountedLetter(unit, status, submittedAt, dueDate, answeredAt, rating);
    }
}
