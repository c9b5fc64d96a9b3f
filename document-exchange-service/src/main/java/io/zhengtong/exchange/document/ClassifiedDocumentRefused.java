package io.zhengtong.exchange.document;

import io.zhengtong.platform.problem.DomainRuleViolation;

/** The system holds only non-classified (非密) documents; anything marked 秘密/机密/绝密 is refused. */
public class ClassifiedDocumentRefused extends DomainRuleViolation {

    public ClassifiedDocumentRefused(String marking) {
        super(org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT, "classified-document-refused", "涉密公文不得进入本系统",
                "该公文标注密级“" + marking + "”。本系统只能处理非密公文，涉密公文请通过机要渠道传递。");
    }
}
