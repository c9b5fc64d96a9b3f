package io.zhengtong.exchange.workflow;

import io.zhengtong.platform.problem.DomainRuleViolation;

/** A step asked for in a state that does not allow it (409), e.g. 签收 a document already returned. */
public class IllegalTransition extends DomainRuleViolation {

    public IllegalTransition(String step, String currentStateLabel) {
        super(org.springframework.http.HttpStatus.CONFLICT, "illegal-transition", "当前状态不能办理此操作",
                "公文当前为“" + currentStateLabel + "”，不能" + step + "。");
    }
}
