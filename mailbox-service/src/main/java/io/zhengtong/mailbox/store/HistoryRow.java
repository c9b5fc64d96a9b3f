package io.zhengtong.mailbox.store;

import io.zhengtong.mailbox.letter.HistoryEntry;
import io.zhengtong.mailbox.letter.LetterAction;
import io.zhengtong.mailbox.letter.LetterStatus;
import io.zhengtong.mailbox.letter.Role;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;

/** One stored history line (table letter_history). */
@Embeddable
public class HistoryRow {

    private Instant at;
    private String username;
    private String name;
    @Enumerated(EnumType.STRING)
    private Role role;
    @Column(name = "unit_code")
    private String unitCode;
    @Enumerated(EnumType.STRING)
    private LetterAction action;
    @Enumerated(EnumType.STRING)
    @Column(name = "status_after")
    private LetterStatus statusAfter;
    private String remark;

    protected HistoryRow() {
    }

    static HistoryRow of(HistoryEntry e) {
        HistoryRow row = new HistoryRow();
        row.at = e.at();
        row.username = e.username();
        row.name = e.name();
        row.role = e.role();
        row.unitCode = e.unitCode();
        row.action = e.action();
        row.statusAfter = e.statusAfter();
        row.remark = e.remark();
        return row;
    }

    HistoryEntry toEntry() {
        return new HistoryEntry(at, username, name, role, unitCode, action, statusAfter, remark);
    }
}
