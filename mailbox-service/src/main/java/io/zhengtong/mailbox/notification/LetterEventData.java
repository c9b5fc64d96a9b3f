package io.zhengtong.mailbox.notification;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The data of the mailbox events this consumer reads, as its own DTO (the events package's
 * records are the producer's): the letter's facts, who acted ({@code by}), and the extra fields of
 * {@code replied} ({@code answeredAt}), {@code overdue} ({@code card}, {@code workingDaysOverdue},
 * {@code dueDate}, {@code unitCode}) and {@code withdrawn-from-leader} ({@code leader},
 * {@code leaderName}, {@code reason}; all {@code null} in events published before they were added).
 * Other fields are ignored, so new versions may add some.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LetterEventData(Facts letter, Instant answeredAt, String card, Integer workingDaysOverdue, LocalDate dueDate,
        String unitCode, ActedBy by, String leader, String leaderName, String reason) {

    @JsonCreator
    public LetterEventData {
    }

    public LetterEventData(Facts letter, Instant answeredAt, String card, Integer workingDaysOverdue, LocalDate dueDate,
            String unitCode, ActedBy by) {
        this(letter, answeredAt, card, workingDaysOverdue, dueDate, unitCode, by, null, null, null);
    }

    public LetterEventData(Facts letter, Instant answeredAt, String card, Integer workingDaysOverdue, LocalDate dueDate,
            String unitCode) {
        this(letter, answeredAt, card, workingDaysOverdue, dueDate, unitCode, null);
    }

    /** The unit of whoever acted, {@code null} for the citizen and the system. */
    public String actingUnit() {
        return by == null ? null : by.unitCode();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Facts(String letterId, String mailbox, String mailboxUnit, String letterType, String status,
            LocalDate dueDate, String leadUnit, List<String> assistingUnits, boolean writerReachable, String designatedLeader) {

        @JsonCreator
        public Facts {
            assistingUnits = assistingUnits == null ? List.of() : assistingUnits;
        }

        public Facts(String letterId, String mailbox, String mailboxUnit, String letterType, String status, LocalDate dueDate,
                String leadUnit, List<String> assistingUnits, boolean writerReachable) {
            this(letterId, mailbox, mailboxUnit, letterType, status, dueDate, leadUnit, assistingUnits, writerReachable, null);
        }
    }

    /** Who caused the event: a staff member's username and unit; all {@code null} for the system. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record ActedBy(String username, String unitCode, String role) {
    }
}
