package io.zhengtong.mailbox.statistics;

/**
 * The raw counts of one unit (or all units) for a month: what a snapshot stores. Months add up to
 * a year; the rates and the average are derived ({@link #figures()}), never stored.
 *
 * @param workingDays the working days from receipt to reply, summed over the answers
 */
public record MonthCounts(long received, long answered, long answeredOnTime, long workingDays, long satisfied,
        long basicallySatisfied, long unsatisfied, long overdue) {

    public static final MonthCounts NONE = new MonthCounts(0, 0, 0, 0, 0, 0, 0, 0);

    public MonthCounts plus(MonthCounts o) {
        return new MonthCounts(received + o.received, answered + o.answered, answeredOnTime + o.answeredOnTime,
                workingDays + o.workingDays, satisfied + o.satisfied, basicallySatisfied + o.basicallySatisfied,
                unsatisfied + o.unsatisfied, overdue + o.overdue);
    }

    /** Whether there is anything to report (a unit with only zeros gets no row). */
    public boolean counts() {
        return received + answered + overdue > 0;
    }

    public Figures figures() {
        long rated = satisfied + basicallySatisfied + unsatisfied;
        return new Figures(received, answered, answeredOnTime, FigureCounter.percent(answeredOnTime, answered),
                answered == 0 ? null : FigureCounter.oneDecimal((double) workingDays / answered), satisfied,
                basicallySatisfied, unsatisfied, FigureCounter.percent(satisfied + basicallySatisfied, rated), overdue);
    }
}
