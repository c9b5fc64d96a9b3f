package io.zhengtong.mailbox.deadline;

import java.time.LocalDate;

/**
 * A letter's standing on a given day.
 *
 * @param workingDaysLeft working days after {@code today} up to the due date; 0 on the due date and once overdue
 * @param workingDaysOverdue working days after the due date up to {@code today}; 0 when not overdue
 */
public record DeadlineCheck(LocalDate due, LocalDate today, DeadlineStanding standing, int workingDaysLeft,
        int workingDaysOverdue) {

    /** E.g. "剩余1个工作日", "已超过截止日期（9月30日）" or "超期4个工作日（红牌督办）". */
    public String summary() {
        return switch (standing) {
            case ON_TRACK, DUE_SOON -> workingDaysLeft == 0 ? "今日到期" : "剩余" + workingDaysLeft + "个工作日";
            // Past the due date on a day off: no working day overdue yet (the notice and the OA say the same).
            case OVERDUE -> "已超过截止日期（" + due.getMonthValue() + "月" + due.getDayOfMonth() + "日）";
            case YELLOW_CARD, RED_CARD -> "超期" + workingDaysOverdue + "个工作日（" + standing.label() + "）";
        };
    }
}
