package io.zhengtong.mailbox.letter;

import java.time.Instant;

/**
 * What an assisting unit (协办单位) contributed to the handling, for the lead unit's drafter.
 *
 * @param username who wrote it, for the history; {@code name} as the clerk reads it
 */
public record AssistingOpinion(String unitCode, String text, String username, String name, Instant at) {
}
