package io.zhengtong.mailbox.deadline;

/** Where an unanswered letter stands against its due date, as the supervisor's lists show it. */
public enum DeadlineStanding {

    ON_TRACK("正常办理"),
    DUE_SOON("即将到期"),
    /** Past the due date, but not yet by a full working day (e.g. over a weekend). */
    OVERDUE("已超期"),
    YELLOW_CARD("黄牌警告"),
    RED_CARD("红牌督办");

    private final String label;

    DeadlineStanding(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isOverdue() {
        return this == OVERDUE || this == YELLOW_CARD || this == RED_CARD;
    }
}
