package io.zhengtong.mailbox.letter;

import io.zhengtong.platform.problem.DomainRuleViolation;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;

/** The letter's refusals, each a problem detail in Chinese: 409 wrong state, 403 wrong person, 422 bad input. */
final class LetterViolations {

    private LetterViolations() {
    }

    static DomainRuleViolation wrongState(LetterAction action, LetterStatus status) {
        return DomainRuleViolation.conflict("letter-transition-not-allowed", "信件当前状态不允许此操作",
                "信件当前状态为「" + status.label() + "」，不能「" + action.label() + "」。");
    }

    static DomainRuleViolation conflict(String code, String message) {
        return DomainRuleViolation.conflict(code, "信件当前状态不允许此操作", message);
    }

    static DomainRuleViolation wrongRole(LetterAction action, Role... allowed) {
        String who = Arrays.stream(allowed).map(Role::label).collect(Collectors.joining("或"));
        return new DomainRuleViolation(HttpStatus.FORBIDDEN, "letter-role-not-allowed", "无权办理此信件",
                "「" + action.label() + "」只能由" + who + "办理。");
    }

    static DomainRuleViolation wrongUnit(LetterAction action, String message) {
        return new DomainRuleViolation(HttpStatus.FORBIDDEN, "letter-other-unit", "无权办理此信件",
                "「" + action.label() + "」：" + message);
    }

    static DomainRuleViolation required(String code, String field) {
        return DomainRuleViolation.unprocessable(code, "请填写" + field, field + "不能为空。");
    }

    static DomainRuleViolation unprocessable(String code, String title, String message) {
        return DomainRuleViolation.unprocessable(code, title, message);
    }
}
