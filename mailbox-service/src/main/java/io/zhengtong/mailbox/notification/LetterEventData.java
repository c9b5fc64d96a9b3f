package io.zhengtong.mailbox.notification;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The data of the mailbox events this consumer reads, as its own DTO (the events package's
 * records are the producer's): the letter's facts, and the extra fields of {@code replied}
 * ({@code answeredAt}) and {@code overdue} ({@code card}, {@code workingDaysOverdue},
 * {@code dueDate}, {@code unitCode}). Other fields are ignored, so new versions may add some.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LetterEventData(Facts letter, Instant answeredAt, String card, Integer workingDaysOverdue, LocalDate dueDate,
        String unitCode) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Facts(String letterId, String mailbox, String mailboxUnit, String letterType, String status,
            LocalDate dueDate, String leadUnit, List<String> assistingUnits, boolean writerReachable) {

        public Facts {
            assistingUnits = assistingUnits == null ? List.of() : assistingUnits;
        }
    }
}
