package io.zhengtong.mailbox.web;

import static io.zhengtong.mailbox.web.Letters.DISPATCHER;
import static io.zhengtong.mailbox.web.Letters.SUPERVISOR;
import static io.zhengtong.mailbox.web.Letters.history;
import static org.assertj.core.api.Assertions.assertThat;

import io.zhengtong.mailbox.calendar.DueDateRecomputation;
import io.zhengtong.mailbox.supervision.OverdueReminders;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.ResponseEntity;

/**
 * A letter no dispatcher ever opens does not escape: it is due from the day it is written, the
 * citizen and the OA see that date, the supervision lists and the automatic reminders hold the
 * mailbox's unit to it, and the month's statistics count it overdue. A refused letter does not.
 * The letters are written on a past day of the test's choosing (the service's clock is set back),
 * so the lists around it hold only a few other tests' letters.
 */
class UnopenedLetterDeadlineIT extends ClockedMailboxFixture {

    @Autowired
    OverdueReminders reminders;

    @Autowired
    DueDateRecomputation recomputation;

    /** A working day in a random month of 2024 or 2025 (the years the holiday schedule covers), mid-month. */
    LocalDate aPastWorkingDay() {
        YearMonth month = YearMonth.of(2024 + ThreadLocalRandom.current().nextInt(2), 1 + ThreadLocalRandom.current().nextInt(12));
        return calendar.addWorkingDays(month.atDay(2), 1);
    }

    Map<String, String> writeOn(LocalDate day) {
        clock.setNoonOf(day);
        return letters.write("petition", "未受理督办 " + UUID.randomUUID(), "小区门口路灯不亮。", Letters.freshPhone());
    }

    Map<String, Object> supervisedLine(String view, String id) {
        return SupervisionIT.lineOn(api, SUPERVISOR, "view=" + view, id);
    }

    @Test
    void aComplaintNobodyOpensIsDueSevenWorkingDaysAfterItWasWrittenAndTheCitizenAndTheDispatcherSeeWhy() {
        LocalDate written = aPastWorkingDay();
        Map<String, String> letter = writeOn(written);
        LocalDate due = calendar.addWorkingDays(written, 7);

        Map<String, Object> detail = letters.detail(DISPATCHER, letter.get("id"));
        assertThat(detail).containsEntry("status", "SUBMITTED").containsEntry("dueDate", due.toString());
        Map<String, Object> deadline = (Map<String, Object>) detail.get("deadline");
        assertThat(deadline).containsEntry("dueDate", due.toString()).containsEntry("workingDays", 7);
        assertThat((String) deadline.get("explanation")).contains("收到当日不计，自次日起算7个工作日");

        ResponseEntity<Map> tracked = api.track(letter.get("code"), letter.get("password"));
        assertThat(tracked.getStatusCode().value()).isEqualTo(200);
        assertThat(tracked.getBody()).containsEntry("status", "SUBMITTED").containsEntry("dueDate", due.toString());
        assertThat((String) tracked.getBody().get("dueDateExplanation")).contains("自次日起算7个工作日");
    }

    @Test
    void correctingTheTypeAtAcceptanceRecountsFromTheDayOfReceiptNotFromAcceptance() {
        LocalDate written = aPastWorkingDay();
        Map<String, String> letter = writeOn(written);

        clock.setNoonOf(calendar.addWorkingDays(written, 2));
        Map<String, Object> accepted = letters.act(DISPATCHER, letter.get("id"), "accept", "type", "CONSULTATION");

        LocalDate due = calendar.addWorkingDays(written, 3);
        assertThat(accepted).containsEntry("dueDate", due.toString());
        assertThat(history(accepted).getLast().get("remark")).isEqualTo("信件类型由「投诉」改为「咨询」，截止日期由"
                + calendar.addWorkingDays(written, 7) + "改为" + due);
    }

    @Test
    void anUnopenedLetterPastItsDueDateIsOnTheOverdueListAgainstTheMailboxsUnitAndIsReminded() {
        LocalDate written = aPastWorkingDay();
        String id = writeOn(written).get("id");
        String refused = writeOn(written).get("id");
        letters.act(DISPATCHER, refused, "reject", "reason", "来信内容为广告");
        LocalDate due = calendar.addWorkingDays(written, 7);

        clock.setNoonOf(due);
        assertThat(supervisedLine("due-soon", id)).containsEntry("status", "SUBMITTED").containsEntry("workingDaysLeft", 0);

        clock.setNoonOf(calendar.addWorkingDays(due, 1));
        assertThat(supervisedLine("overdue", id)).containsEntry("status", "SUBMITTED").containsEntry("statusLabel", "待受理")
            .containsEntry("unitCode", "petition").containsEntry("card", "YELLOW").containsEntry("workingDaysOverdue", 1)
            .containsEntry("dueDate", due.toString());
        assertThat(supervisedLine("overdue", refused)).as("a refused letter is nobody's to answer").isNull();

        reminders.remindAt(clock.instant());
        assertThat(history(letters.detail(SUPERVISOR, id))).extracting(h -> h.get("remark"))
            .contains("自动提醒：超期1个工作日（黄牌警告）");
        assertThat(history(letters.detail(SUPERVISOR, refused))).extracting(h -> h.get("action"))
            .doesNotContain("OVERDUE_REMINDER");
    }

    @Test
    void aMonthsOverdueFigureCountsTheUnopenedLetterForTheMailboxsUnitButNotARefusedOne() {
        LocalDate written = aPastWorkingDay();
        YearMonth month = YearMonth.from(written);
        // A settled month is read from its snapshot: forgotten around the baseline so it is frozen again.
        StatisticsIT.forgetSnapshot(jdbc, month);
        Map<String, Object> before = petitionRow(month);
        StatisticsIT.forgetSnapshot(jdbc, month);

        writeOn(written);
        String refused = writeOn(written).get("id");
        letters.act(DISPATCHER, refused, "reject", "reason", "来信内容为广告");
        clock.reset();

        Map<String, Object> after = petitionRow(month);
        // Due seven working days after a day early in the month: still in the month, and long past.
        assertThat(calendar.addWorkingDays(written, 7)).isBefore(month.atEndOfMonth());
        assertThat(StatisticsIT.number(after, "received") - StatisticsIT.number(before, "received")).isEqualTo(1);
        assertThat(StatisticsIT.number(after, "overdue") - StatisticsIT.number(before, "overdue")).isEqualTo(1);
    }

    @Test
    void aNewLetterStoredWithoutADueDateBeforeThisChangeGetsOneFilledInFromItsDayOfReceipt() {
        LocalDate written = aPastWorkingDay();
        String id = writeOn(written).get("id");
        // As a row written before due dates were fixed at submission.
        jdbc.update("UPDATE letter SET due_date = NULL, period_start = NULL, working_days = 0 WHERE id = ?", id);
        assertThat(letters.detail(DISPATCHER, id)).containsEntry("dueDate", null).containsEntry("deadline", null);

        recomputation.fillInMissingDueDates();

        Map<String, Object> detail = letters.detail(DISPATCHER, id);
        LocalDate due = calendar.addWorkingDays(written, 7);
        assertThat(detail).containsEntry("status", "SUBMITTED").containsEntry("dueDate", due.toString());
        assertThat(history(detail).getLast()).containsEntry("action", "RECOMPUTE_DEADLINE")
            .containsEntry("remark", "按收信日补记截止日期：" + due);
        recomputation.fillInMissingDueDates();
        assertThat(history(letters.detail(DISPATCHER, id))).as("filled in once").hasSameSizeAs(history(detail));
    }

    Map<String, Object> petitionRow(YearMonth month) {
        ResponseEntity<Map> answer = api.get(SUPERVISOR, "/api/mailbox/statistics?month=" + month);
        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        return ((List<Map<String, Object>>) answer.getBody().get("rows")).stream()
            .filter(r -> "petition".equals(r.get("unitCode"))).findFirst().orElse(Map.of());
    }
}
