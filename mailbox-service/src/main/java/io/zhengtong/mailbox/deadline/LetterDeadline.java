package io.zhengtong.mailbox.deadline;

import io.zhengtong.mailbox.letter.Letter;
import io.zhengtong.platform.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A letter's due date with its working: the platform's explanation of the count ({@code Deadline#summary()})
 * from the start of the current period, then the reopening and the granted extensions that moved it.
 *
 * @param dueDate the last day to answer (until 24:00 Asia/Shanghai)
 * @param workingDays the working days the letter has in its current period, extensions included
 * @param explanation how the due date was computed, in Chinese
 */
public record LetterDeadline(LocalDate dueDate, int workingDays, String explanation) {

    /** The letter's deadline, fixed at submission; empty for a refused or merged letter. */
    public static Optional<LetterDeadline> of(Letter letter, WorkingDayCalendar calendar) {
        if (letter.dueDate().isEmpty() || letter.periodStart().isEmpty()) {
            return Optional.empty();
        }
        LocalDate due = letter.dueDate().get();
        StringBuilder text = new StringBuilder();
        if (letter.wasReopened()) {
            text.append("来信人对答复不满意并申请重新办理，期限自申请之日重新起算：");
        }
        text.append(calendar.compute(letter.periodStart().get(), letter.workingDays()).summary());
        if (letter.extensionDays() > 0) {
            text.append("经批准延期").append(letter.extensionDays()).append("个工作日，截止日期顺延至")
                .append(due.getYear()).append('年').append(due.getMonthValue()).append('月').append(due.getDayOfMonth())
                .append("日（").append(calendar.day(due).weekday()).append("）24时。");
        }
        return Optional.of(new LetterDeadline(due, letter.workingDays() + letter.extensionDays(), text.toString()));
    }
}
