package io.zhengtong.exchange.delivery;

import java.time.Instant;

/**
 * One 催办 sent to a recipient that has not signed for a document yet.
 *
 * @param by the sending unit's clerk for a manual reminder, {@code system} for an automatic one
 * @param note the clerk's words (empty for automatic reminders)
 */
public record Reminder(Kind kind, String by, String byName, Instant at, String note) {

    public enum Kind {
        AUTOMATIC("自动催办"),
        MANUAL("人工催办");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
