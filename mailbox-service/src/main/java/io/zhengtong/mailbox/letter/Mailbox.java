package io.zhengtong.mailbox.letter;

import io.zhengtong.platform.problem.DomainRuleViolation;
import io.zhengtong.platform.problem.PlatformProblemHandler.FieldError;
import java.util.List;
import java.util.Objects;
import org.springframework.http.HttpStatus;

/**
 * The mailbox a letter was written to (书记信箱, 县长信箱, a department's mailbox). Its owner unit's
 * dispatchers receive the letters. A platform administrator may close it to new letters (the
 * {@code mailboxes} feature); its letters already written are handled as before.
 *
 * @param code a stable code such as {@code county-head} or {@code culture-tourism}
 * @param name the Chinese name shown to citizens, e.g. 县长信箱
 * @param ownerUnit the code of the unit whose dispatchers handle the mailbox, e.g. {@code gov-office}
 * @param open whether it takes new letters
 */
public record Mailbox(String code, String name, String ownerUnit, boolean open) {

    public Mailbox {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ownerUnit, "ownerUnit");
    }

    /** An open mailbox. */
    public Mailbox(String code, String name, String ownerUnit) {
        this(code, name, ownerUnit, true);
    }

    /** Refuses a new letter to a closed mailbox: 422 on the form's {@code mailbox} field. */
    void requireOpenForNewLetters() {
        if (!open) {
            String message = "「" + name + "」已停止接收新的来信，请选择其他信箱。";
            throw new DomainRuleViolation(HttpStatus.UNPROCESSABLE_CONTENT, "mailbox-closed", "信箱已停止接收来信", message,
                    List.of(new FieldError("mailbox", message)));
        }
    }
}
