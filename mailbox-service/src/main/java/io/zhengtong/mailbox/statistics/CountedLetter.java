package io.zhengtong.mailbox.statistics;

import io.zhengtong.mailbox.letter.LetterStatus;
import io.zhengtong.mailbox.letter.Rating;
import java.time.Instant;
import java.time.LocalDate;

/**
 * What the statistics count of one letter: no content, no personal data. A letter read for one
 * figure only carries that figure's fields ({@link FigureCounter.Touching}); the others are {@code null}.
 *
 * @param unitCode the responsible unit: the lead unit, or the mailbox's unit while unassigned
 * @param dueDate fixed at submission; {@code null} for a refused or merged letter (which counts nowhere)
 * @param answeredAt when the citizen got the (latest) reply, {@code null} while unanswered
 * @param rating the citizen's rating of that reply, {@code null} while unrated
 */
public record CountedLetter(String unitCode, LetterStatus status, Instant submittedAt, LocalDate dueDate,
        Instant answeredAt, Rating rating) {
}
