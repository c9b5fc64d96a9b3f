package io.zhengtong.mailbox.events;

import io.zhengtong.mailbox.letter.HistoryEntry;
import io.zhengtong.mailbox.letter.Role;

/**
 * Who caused the event: a staff member's username, unit and letter role ({@code DISPATCHER},
 * {@code LEADER}, {@code STAFF}, {@code SUPERVISOR}); for the citizen only the role {@code CITIZEN}
 * (never a name); for the system (a recomputed deadline) all {@code null}.
 */
public record ActedBy(String username, String unitCode, String role) {

    static ActedBy of(HistoryEntry entry) {
        if (entry.role() == null) {
            return new ActedBy(null, null, null);
        }
        boolean citizen = entry.role() == Role.CITIZEN;
        return new ActedBy(citizen ? null : entry.username(), citizen ? null : entry.unitCode(), entry.role().name());
    }
}
