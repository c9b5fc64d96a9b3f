package io.zhengtong.mailbox.deadline;

/**
 * When a letter shows up on the supervisor's lists, in working days.
 *
 * @param dueSoonWithin a letter with at most this many working days left (0 = the due date itself) is due soon
 * @param yellowCardAfter overdue by at least this many working days: yellow card (黄牌警告)
 * @param redCardAfter overdue by at least this many working days: red card (红牌督办)
 */
public record SupervisionThresholds(int dueSoonWithin, int yellowCardAfter, int redCardAfter) {

    /** Due soon with one working day left; yellow card on the first working day overdue, red card on the third. */
    public static final SupervisionThresholds STANDARD = new SupervisionThresholds(1, 1, 3);

    public SupervisionThresholds {
        if (dueSoonWithin < 0) {
            throw new IllegalArgumentException("即将到期的提醒天数不能为负数：" + dueSoonWithin);
        }
        if (yellowCardAfter < 1 || redCardAfter <= yellowCardAfter) {
            throw new IllegalArgumentException("黄牌须在超期至少1个工作日时亮出，红牌须晚于黄牌：黄牌" + yellowCardAfter + "，红牌" + redCardAfter);
        }
    }
}
