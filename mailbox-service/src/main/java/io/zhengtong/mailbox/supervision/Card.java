package io.zhengtong.mailbox.supervision;

import io.zhengtong.mailbox.deadline.DeadlineStanding;

/** The supervisor's card for an overdue letter, at the working days set in {@code SupervisionThresholds}. */
public enum Card {

    NONE("无"),
    YELLOW("黄牌警告"),
    RED("红牌督办");

    private final String label;

    Card(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Card of(DeadlineStanding standing) {
        return switch (standing) {
            case YELLOW_CARD -> YELLOW;
            case RED_CARD -> RED;
            default -> NONE;
        };
    }
}
