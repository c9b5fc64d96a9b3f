package io.zhengtong.portal.article;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where an article stands in review. Rejected and withdrawn articles are edited back into a
 * draft and submitted again; only published articles are public.
 */
public enum ArticleStatus {

    DRAFT("草稿", EnumSet.of(ArticleOperation.EDIT, ArticleOperation.SUBMIT)),
    SUBMITTED("待审核", EnumSet.of(ArticleOperation.APPROVE, ArticleOperation.REJECT)),
    PUBLISHED("已发布", EnumSet.of(ArticleOperation.WITHDRAW)),
    REJECTED("已退回", EnumSet.of(ArticleOperation.EDIT)),
    WITHDRAWN("已撤回", EnumSet.of(ArticleOperation.EDIT));

    private final String label;
    private final Set<ArticleOperation> operations;

    ArticleStatus(String label, Set<ArticleOperation> operations) {
        this.label = label;
        this.operations = operations;
    }

    public String label() {
        return label;
    }

    public boolean allows(ArticleOperation operation) {
        return operations.contains(operation);
    }
}
