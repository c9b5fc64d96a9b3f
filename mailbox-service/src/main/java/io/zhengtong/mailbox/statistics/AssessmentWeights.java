package io.zhengtong.mailbox.statistics;

/**
 * The year-end assessment's weights ({@code zhengtong.mailbox.assessment.*}); see the README's
 * formula. The three rate weights are relative (they need not add up to 1).
 *
 * @param answered weight of the answer rate (answered / received, at most 100%)
 * @param onTime weight of the on-time rate
 * @param satisfaction weight of the satisfaction rate
 * @param overduePenalty points taken off per overdue letter
 */
public record AssessmentWeights(double answered, double onTime, double satisfaction, double overduePenalty) {

    public static final AssessmentWeights STANDARD = new AssessmentWeights(0.3, 0.4, 0.3, 2.0);

    public AssessmentWeights {
        if (answered < 0 || onTime < 0 || satisfaction < 0 || overduePenalty < 0 || answered + onTime + satisfaction <= 0) {
            throw new IllegalArgumentException("考核权重不能为负数，且三项比率的权重之和须大于0");
        }
    }

    /**
     * The score (0–100, one decimal) of a unit's figures for the year, or {@code null} when it had
     * nothing to assess (no letter received, answered or due).
     */
    public Double score(Figures f) {
        double weighted = 0;
        double weights = 0;
        if (f.received() > 0) {
            weighted += answered * Math.min(1.0, (double) f.answered() / f.received());
            weights += answered;
        }
        if (f.onTimeRate() != null) {
            weighted += onTime * f.onTimeRate() / 100;
            weights += onTime;
        }
        if (f.satisfactionRate() != null) {
            weighted += satisfaction * f.satisfactionRate() / 100;
            weights += satisfaction;
        }
        if (weights == 0 && f.overdue() == 0) {
            return null;
        }
        double rates = weights == 0 ? 0 : 100 * weighted / weights;
        return FigureCounter.oneDecimal(Math.max(0, Math.min(100, rates - overduePenalty * f.overdue())));
    }
}
