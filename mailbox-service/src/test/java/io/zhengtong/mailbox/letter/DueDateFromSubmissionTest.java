package io.zhengtong.mailbox.letter;

import static io.zhengtong.mailbox.letter.Scenes.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.zhengtong.platform.calendar.HolidaySchedule;
import io.zhengtong.platform.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A letter is due from the moment it is written: the period counts from the day of receipt, so a
 * letter no dispatcher has opened yet is supervised, reminded and counted like any other.
 */
class DueDateFromSubmissionTest {

    @Test
    void aNewComplaintIsDueSevenWorkingDaysAfterTheDayOfReceiptBeforeAnyDispatcherOpensIt() {
        Letter letter = Scenes.submitted(COUNTY_HEAD, LetterType.COMPLAINT);

        assertThat(letter.status()).isEqualTo(LetterStatus.SUBMITTED);
        assertThat(letter.dueDate()).contains(LocalDate.of(2025, 10, 15));
        assertThat(letter.periodStart()).contains(LocalDate.of(2025, 9, 29));
        assertThat(letter.workingDays()).isEqualTo(7);
        assertThat(letter.status().isAwaitingAnswer()).as("the clock runs for a new letter").isTrue();
    }

    @Test
    void aNewConsultationIsDueThreeWorkingDaysAfterReceipt() {
        Letter letter = Scenes.submitted(COUNTY_HEAD, LetterType.CONSULTATION);

        assertThat(letter.dueDate()).contains(LocalDate.of(2025, 10, 10));
        assertThat(letter.workingDays()).isEqualTo(3);
    }

    @Test
    void acceptingWithTheSameTypeKeepsTheDueDateAndTheHistorySaysNothingMoved() {
        Letter letter = Scenes.submitted(COUNTY_HEAD, LetterType.COMPLAINT);

        letter.accept(DISPATCHER, NOW, LetterType.COMPLAINT, CALENDAR.compute(letter.receivedOn(), 7));

        assertThat(letter.dueDate()).contains(LocalDate.of(2025, 10, 15));
        assertThat(letter.history().getLast().remark()).isNull();
    }

    @Test
    void aConsultationCorrectedToAComplaintAtAcceptanceIsRecountedFromTheSameDayOfReceiptNotFromAcceptance() {
        Letter letter = Scenes.submitted(COUNTY_HEAD, LetterType.CONSULTATION);

        // Accepted on 10-09, ten days after receipt: the seven days still count from 09-29.
        letter.accept(DISPATCHER, NOW, LetterType.COMPLAINT, CALENDAR.compute(letter.receivedOn(), 7));

        assertThat(letter.type()).isEqualTo(LetterType.COMPLAINT);
        assertThat(letter.dueDate()).contains(LocalDate.of(2025, 10, 15));
        assertThat(letter.periodStart()).contains(LocalDate.of(2025, 9, 29));
        assertThat(letter.workingDays()).isEqualTo(7);
        assertThat(letter.history().getLast().remark()).isEqualTo("信件类型由「咨询」改为「投诉」，截止日期由2025-10-10改为2025-10-15");
    }

    @Test
    void aRefusedOrMergedLetterHasNoDueDateAndNeverCounts() {
        for (Letter letter : new Letter[] {Scenes.rejected(), Scenes.merged()}) {
            assertThat(letter.dueDate()).as(letter.status().label()).isEmpty();
            assertThat(letter.periodStart()).as(letter.status().label()).isEmpty();
            assertThat(letter.status().isAwaitingAnswer()).as(letter.status().label()).isFalse();
            assertThat(letter.recomputeDueDate(CALENDAR, NOW)).as(letter.status().label()).isFalse();
        }
    }

    @Test
    void aNewLettersDueDateMovesWhenTheHolidayScheduleIsLoaded() {
        WorkingDayCalendar withoutThe2025Schedule = new WorkingDayCalendar(
                HolidaySchedule.parse("date,kind,holiday\n2024-10-01,OFF,国庆节\n"));
        LetterContent content = Scenes.submitted().content();
        Letter letter = Letter.submit(LetterId.random(), content, newCode(), "h", Actor.writer(null, null), RECEIVED,
                withoutThe2025Schedule.compute(WorkingDayCalendar.dateOf(RECEIVED), 7));
        assertThat(letter.dueDate()).contains(LocalDate.of(2025, 10, 8));

        assertThat(letter.recomputeDueDate(CALENDAR, NOW)).isTrue();

        assertThat(letter.dueDate()).contains(LocalDate.of(2025, 10, 15));
        assertThat(letter.status()).isEqualTo(LetterStatus.SUBMITTED);
    }

    @Test
    void aNewLetterPastItsDueDateGetsTheAutomaticReminderLine() {
        Letter letter = Scenes.submitted();

        letter.noteOverdueReminder(NOW.plusSeconds(7 * 86_400), "自动提醒：超期1个工作日（黄牌警告）");

        assertThat(letter.history().getLast().action()).isEqualTo(LetterAction.OVERDUE_REMINDER);
        assertThat(letter.status()).isEqualTo(LetterStatus.SUBMITTED);
    }

    @Test
    void aNewLetterStoredBeforeDueDatesWereFixedAtSubmissionGetsOneFilledInFromItsDayOfReceipt() {
        Letter stored = withoutDueDate(Scenes.submitted(COUNTY_HEAD, LetterType.CONSULTATION));
        assertThat(stored.dueDate()).isEmpty();

        boolean filled = stored.fixMissingDeadline(Scenes.deadlineOf(LetterType.CONSULTATION), NOW);

        assertThat(filled).isTrue();
        assertThat(stored.dueDate()).contains(LocalDate.of(2025, 10, 10));
        assertThat(stored.history().getLast().action()).isEqualTo(LetterAction.RECOMPUTE_DEADLINE);
        assertThat(stored.history().getLast().remark()).isEqualTo("按收信日补记截止日期：2025-10-10");
        assertThat(stored.fixMissingDeadline(Scenes.deadlineOf(LetterType.CONSULTATION), NOW))
                .as("a second run changes nothing").isFalse();
        assertThat(Scenes.rejected().fixMissingDeadline(Scenes.deadlineOf(LetterType.COMPLAINT), NOW))
                .as("a refused letter stays without one").isFalse();
    }

    /** The letter as a row written before due dates were fixed at submission: no period, no due date. */
    private static Letter withoutDueDate(Letter letter) {
        LetterSnapshot s = letter.snapshot();
        return Letter.restore(new LetterSnapshot(s.id(), s.content(), s.trackingCode(), s.queryPasswordHash(),
                s.submittedAt(), s.submittedBy(), s.type(), s.status(), s.rejectionReason(), s.mergedInto(), s.duplicates(),
                s.designatedLeader(), s.designatedLeaderName(), s.instruction(), s.assignment(), null, 0, 0, null,
                s.pendingExtension(), s.replyText(), s.replyDraftedBy(), s.answeredAt(), s.rating(), s.ratingBeforeReopen(),
                s.reopenReason(), s.reopened(), s.closedAt(), s.history()));
    }
}
