package io.zhengtong.mailbox.dispatch;

import io.zhengtong.platform.problem.DomainRuleViolation;
import io.zhengtong.platform.problem.PlatformProblemHandler.FieldError;
import java.util.List;
import org.springframework.http.HttpStatus;

/**
 * 呈送领导批办 named someone who cannot instruct the letter: an account the realm does not know (a
 * typo) or one without the {@code leader} role (or disabled). Answered as 422 with a field error on
 * {@code leader}, so the OA shows it at its picker; a letter is never left waiting for nobody.
 */
public class UnsuitableLeader extends DomainRuleViolation {

    /** The request field the refusal belongs to. */
    public static final String FIELD = "leader";

    private UnsuitableLeader(String code, String message) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, code, "批办领导有误", message, List.of(new FieldError(FIELD, message)));
    }

    static UnsuitableLeader missing() {
        return new UnsuitableLeader("letter-leader-required", "请选择批办领导。");
    }

    static UnsuitableLeader unknown(String username) {
        return new UnsuitableLeader("letter-leader-unknown",
                "人员目录中没有账号「" + username + "」，请从领导名单中选择。");
    }

    static UnsuitableLeader notALeader(String username, String name) {
        return new UnsuitableLeader("letter-leader-not-leader",
                name + "（" + username + "）没有领导角色或账号已停用，不能批办信件，请从领导名单中选择。");
    }
}
