package io.zhengtong.mailbox.store;

import io.zhengtong.mailbox.letter.Assignment;
import io.zhengtong.mailbox.letter.Letter;
import io.zhengtong.mailbox.letter.LetterStatus;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code letter_assisting_unit} in step with the letters' assignments and states. Letters
 * without assisting units (most) cost no statement; a change of units rewrites the letter's rows,
 * a change of state updates them.
 */
@Component
class AssistingUnits {

    private final AssistingUnitRepository rows;
    private final EntityManager entityManager;

    AssistingUnits(AssistingUnitRepository rows, EntityManager entityManager) {
        this.rows = rows;
        this.entityManager = entityManager;
    }

    /** After the letter was written: {@code before}/{@code statusBefore} are what was stored until now. */
    void follow(Letter letter, List<String> before, LetterStatus statusBefore) {
        List<String> now = letter.assignment().map(Assignment::assistingUnits).orElse(List.of());
        String id = letter.id().toString();
        if (!now.equals(before)) {
            if (!before.isEmpty()) {
                rows.deleteAllOf(id);
            }
            // persist, not save: save would first look each new row up by its (assigned) key.
            now.forEach(unit -> entityManager.persist(new AssistingUnitRow(id, unit, letter.status(), letter.submittedAt())));
        }
        else if (!now.isEmpty() && letter.status() != statusBefore) {
            rows.changeStatus(id, letter.status());
        }
    }
}
