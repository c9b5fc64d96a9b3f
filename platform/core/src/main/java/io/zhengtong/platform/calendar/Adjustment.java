package io.zhengtong.platform.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One official deviation from the Monday-Friday week, from the State Council's yearly notice.
 * Only real deviations exist: an OFF must fall on a weekday and a WORK on a weekend day, so a
 * mistyped date in the notice's transcription is caught instead of silently doing nothing.
 *
 * @param date the day, an Asia/Shanghai calendar date
 * @param kind {@link AdjustmentKind#OFF} for a weekday holiday, {@link AdjustmentKind#WORK} for a worked weekend day
 * @param holiday the holiday it belongs to, as the notice names it, e.g. 春节, 国庆节、中秋节
 */
public record Adjustment(LocalDate date, AdjustmentKind kind, String holiday) {

    /** @throws IllegalArgumentException with a Chinese message when the adjustment cannot be real */
    public Adjustment {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        holiday = holiday == null ? "" : holiday.strip();
        if (holiday.isEmpty()) {
            throw new IllegalArgumentException("缺少节日名称（如 春节、国庆节）");
        }
        boolean weekend = ChineseDates.isWeekend(date);
        if (kind == AdjustmentKind.OFF && weekend) {
            throw new IllegalArgumentException(date + " 是" + ChineseDates.weekday(date)
                    + "，周末本来就休息，不能标为 OFF（放假）；OFF 只用于放假的工作日");
        }
        if (kind == AdjustmentKind.WORK && !weekend) {
            throw new IllegalArgumentException(date + " 是" + ChineseDates.weekday(date)
                    + "，工作日本来就上班，不能标为 WORK（调休上班）；WORK 只用于要上班的周六、周日");
        }
    }
}
