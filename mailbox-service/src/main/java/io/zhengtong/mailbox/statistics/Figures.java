package io.zhengtong.mailbox.statistics;

/**
 * One unit's (or all units') figures for a period. Rates are percentages with one decimal,
 * {@code null} when there is nothing to divide by.
 *
 * @param received letters written in the period (not counting ones refused as invalid or merged)
 * @param answered letters whose reply reached the citizen in the period
 * @param answeredOnTime of those, answered no later than their due date
 * @param onTimeRate answeredOnTime / answered
 * @param averageWorkingDays working days from receipt to the reply on the platform calendar, one decimal
 * @param satisfactionRate (satisfied + basically satisfied) / rated, over the letters answered in the period
 * @param overdue letters due in the period (up to yesterday) that were not answered by their due date
 */
public record Figures(long received, long answered, long answeredOnTime, Double onTimeRate, Double averageWorkingDays,
        long satisfied, long basicallySatisfied, long unsatisfied, Double satisfactionRate, long overdue) {
}
