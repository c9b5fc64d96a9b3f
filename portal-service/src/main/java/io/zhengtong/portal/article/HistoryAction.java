package io.zhengtong.portal.article;

/** An entry of an article's history. */
public enum HistoryAction {

    CREATED("起草"),
    EDITED("修改"),
    SUBMITTED("提交审核"),
    PUBLISHED("审核通过并发布"),
    REJECTED("退回修改"),
    WITHDRAWN("撤回");

    private final String label;

    HistoryAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
