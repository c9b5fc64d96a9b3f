package io.zhengtong.exchange.workflow;

import io.zhengtong.exchange.document.Text;
import io.zhengtong.platform.problem.DomainRuleViolation;

/** Opinions, reasons and notes: normalised text of bounded length, required where the step needs one. */
public final class Remarks {

    public static final int MAX_LENGTH = 1000;

    private Remarks() {
    }

    /** A required text (an opinion, a reason to return): refused (422) when empty or too long. */
    public static String required(String text, String field, String what) {
        String value = optional(text, field, what);
        if (value.isEmpty()) {
            throw DomainRuleViolation.unprocessable(field + "-required", "请填写" + what, what + "不能为空。");
        }
        return value;
    }

    /** An optional text; empty when absent. */
    public static String optional(String text, String field, String what) {
        String value = Text.normalise(text);
        if (value == null) {
            return "";
        }
        if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
            throw DomainRuleViolation.unprocessable(field + "-too-long", what + "过长",
                    what + "不能超过" + MAX_LENGTH + "个字。");
        }
        return value;
    }
}
