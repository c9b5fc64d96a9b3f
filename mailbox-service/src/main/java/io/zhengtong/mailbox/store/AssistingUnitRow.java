package io.zhengtong.mailbox.store;

import io.zhengtong.mailbox.letter.LetterStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * One assisting unit (协办单位) of a letter, for the unit's work list; the letter's status and time of
 * writing are copied here so the list is read from one index ({@link AssistingUnits} keeps them).
 */
@Entity
@Table(name = "letter_assisting_unit")
@IdClass(AssistingUnitRow.Key.class)
class AssistingUnitRow {

    @Id
    @Column(name = "letter_id")
    private String letterId;

    @Id
    @Column(name = "unit_code")
    private String unitCode;

    @Enumerated(EnumType.STRING)
    private LetterStatus status;

    @Column(name = "submitted_at", updatable = false)
    private Instant submittedAt;

    protected AssistingUnitRow() {
    }

    AssistingUnitRow(String letterId, String unitCode, LetterStatus status, Instant submittedAt) {
        this.letterId = letterId;
        this.unitCode = unitCode;
        this.status = status;
        this.submittedAt = submittedAt;
    }

    record Key(String letterId, String unitCode) implements Serializable {
    }
}
