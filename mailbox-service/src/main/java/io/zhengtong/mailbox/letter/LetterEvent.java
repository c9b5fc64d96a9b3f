package io.zhengtong.mailbox.letter;

import java.time.Instant;

/**
 * Something that happened to a letter, named in the past tense (LetterSubmitted, LetterInstructed,
 * LetterReplied...). The aggregate collects them; a use case turns them into integration events
 * inside its transaction.
 *
 * @param withdrawal for LetterWithdrawnFromLeader only: the leader it was taken back from and why,
 *        which the letter itself no longer holds after the step; {@code null} for every other event
 */
public record LetterEvent(String name, LetterId letterId, LetterStatus statusAfter, Instant occurredAt,
        LeaderWithdrawal withdrawal) {

    public LetterEvent(String name, LetterId letterId, LetterStatus statusAfter, Instant occurredAt) {
        this(name, letterId, statusAfter, occurredAt, null);
    }

    /**
     * The leader a letter was taken back from (撤回/改派): their username, their name as the
     * dispatcher picked it ({@code null} when unknown), and the reason given.
     */
    public record LeaderWithdrawal(String leader, String leaderName, String reason) {
    }
}
