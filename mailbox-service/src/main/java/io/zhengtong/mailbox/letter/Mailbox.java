package io.zhengtong.mailbox.letter;

import java.util.Objects;

/**
 * The mailbox a letter was written to (书记信箱, 县长信箱, a department's mailbox). Its owner unit's
 * dispatchers receive the letters.
 *
 * @param code a stable code such as {@code county-head} or {@code culture-tourism}
 * @param name the Chinese name shown to citizens, e.g. 县长信箱
 * @param ownerUnit the code of the unit whose dispatchers handle the mailbox, e.g. {@code gov-office}
 */
public record Mailbox(String code, String name, String ownerUnit) {

    public Mailbox {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ownerUnit, "ownerUnit");
    }
}
