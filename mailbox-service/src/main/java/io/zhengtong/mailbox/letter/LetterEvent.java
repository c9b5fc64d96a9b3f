package io.zhengtong.mailbox.letter;

import java.time.Instant;

/**
 * Something that happened to a letter, named in the past tense (LetterSubmitted, LetterInstructed,
 * LetterReplied...). The aggregate collects them; a use case turns them into integration events
 * inside its transaction.
 */
public record LetterEvent(String name, LetterId letterId, LetterStatus statusAfter, Instant occurredAt) {
}
