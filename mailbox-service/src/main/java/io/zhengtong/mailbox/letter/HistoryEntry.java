package io.zhengtong.mailbox.letter;

import java.time.Instant;

/**
 * One line of a letter's history: who did what, in which role and unit, when, and why. The
 * supervisor's "full history of who did what and when" is this list.
 *
 * @param username the account, {@code null} for a citizen without an account or the system
 * @param name the display name, e.g. 张伟 or 来信人
 * @param unitCode the actor's unit, {@code null} for citizens and the system
 * @param remark the reason, instruction or note given, or {@code null}
 */
public record HistoryEntry(Instant at, String username, String name, Role role, String unitCode,
        LetterAction action, LetterStatus statusAfter, String remark) {

    /** The line as a clerk reads it, e.g. "分办员 李娜（gov-office）受理". */
    public String describe() {
        return describe(UnitNames.CODES);
    }

    /** The line with the actor's unit named, e.g. "分办员 李娜（凤县人民政府办公室）受理". */
    public String describe(UnitNames units) {
        String roleLabel = role == null ? "系统" : role.label();
        String who = roleLabel + (name == null || name.equals(roleLabel) ? "" : " " + name)
                + (unitCode == null ? "" : "（" + units.nameOf(unitCode) + "）");
        return who + action.label() + (remark == null ? "" : "：" + remark);
    }
}
