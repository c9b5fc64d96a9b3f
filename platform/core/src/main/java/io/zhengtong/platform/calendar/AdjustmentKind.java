package io.zhengtong.platform.calendar;

import java.util.Locale;
import java.util.Optional;

/** How a date deviates from the Monday-Friday week, as written in the schedule's {@code kind} column. */
public enum AdjustmentKind {

    /** A weekday that is a public holiday (放假). */
    OFF("放假"),

    /** A Saturday or Sunday that is a working day (调休上班). */
    WORK("调休上班");

    private final String label;

    AdjustmentKind(String label) {
        this.label = label;
    }

    /** The Chinese label shown to users. */
    public String label() {
        return label;
    }

    /** The kind written as {@code OFF} or {@code WORK} (case and surrounding blanks ignored). */
    public static Optional<AdjustmentKind> fromCode(String code) {
        String normalised = code.strip().toUpperCase(Locale.ROOT);
        for (AdjustmentKind kind : values()) {
            if (kind.name().equals(normalised)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
