package io.zhengtong.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Every deadline can show how it was computed, in the words a clerk or citizen reads. */
class DeadlineTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.onSeedSchedule();

    @Test
    void aConsultationBeforeNationalDayExplainsTheSkippedHoliday() {
        Deadline deadline = calendar.compute(LocalDate.of(2024, 9, 30), 3);

        assertThat(deadline.due()).isEqualTo(LocalDate.of(2024, 10, 10));
        assertThat(deadline.skipped()).hasSize(7).allSatisfy(day -> assertThat(day.label()).isEqualTo("节假日（国庆节）"));
        assertThat(deadline.summary()).isEqualTo("2024年9月30日（星期一）收到，收到当日不计，自次日起算3个工作日，"
                + "截止2024年10月10日（星期四）24时。跳过：10月1日至10月7日 节假日（国庆节）7天。");
        assertThat(deadline.provisional()).isFalse();
    }

    @Test
    void aSevenDayLetterOverNationalDayShowsTheWorkedSaturdayItCounted() {
        Deadline deadline = calendar.compute(LocalDate.of(2024, 9, 30), 7);

        assertThat(deadline.due()).isEqualTo(LocalDate.of(2024, 10, 15));
        assertThat(deadline.adjustedWorkdays()).extracting(CalendarDay::date).containsExactly(LocalDate.of(2024, 10, 12));
        assertThat(deadline.days()).filteredOn(CountedDay::counted).extracting(d -> d.day().date()).containsExactly(
                LocalDate.of(2024, 10, 8), LocalDate.of(2024, 10, 9), LocalDate.of(2024, 10, 10),
                LocalDate.of(2024, 10, 11), LocalDate.of(2024, 10, 12), LocalDate.of(2024, 10, 14),
                LocalDate.of(2024, 10, 15));
        assertThat(deadline.summary()).contains("跳过：10月1日至10月7日 节假日（国庆节）7天；10月13日 周末1天。")
                .contains("计入调休上班日：10月12日（星期六，国庆节调休）。");
    }

    @Test
    void eachCountedDayCarriesItsNumberInThePeriod() {
        Deadline deadline = calendar.compute(LocalDate.of(2024, 2, 12), 3);

        assertThat(deadline.days()).extracting(CountedDay::ordinal).containsExactly(0, 0, 0, 0, 0, 1, 2, 3);
        assertThat(deadline.days().get(5).day().label()).isEqualTo("调休上班（春节）");
    }

    @Test
    void aLetterReceivedOnAHolidaySaysSo() {
        Deadline deadline = calendar.compute(LocalDate.of(2024, 2, 12), 3);

        assertThat(deadline.receivedOn().label()).isEqualTo("节假日（春节）");
        assertThat(deadline.summary()).startsWith("2024年2月12日（星期一）收到（当日为节假日（春节）），收到当日不计")
                .contains("截止2024年2月20日（星期二）24时")
                .contains("跳过：2月13日至2月17日 节假日（春节）5天。")
                .contains("计入调休上班日：2月18日（星期日，春节调休）。");
    }

    @Test
    void aLetterReceivedOnAWorkedSaturdayCountsFromMonday() {
        Deadline deadline = calendar.compute(LocalDate.of(2025, 10, 11), 3);

        assertThat(deadline.receivedOn().kind()).isEqualTo(DayKind.ADJUSTED_WORKDAY);
        assertThat(deadline.due()).isEqualTo(LocalDate.of(2025, 10, 15));
        assertThat(deadline.summary()).contains("跳过：10月12日 周末1天。").doesNotContain("当日为");
    }

    @Test
    void aDeadlineAcrossTheNewYearNamesTheOtherYearsDates() {
        Deadline deadline = calendar.compute(LocalDate.of(2025, 12, 31), 3);

        assertThat(deadline.due()).isEqualTo(LocalDate.of(2026, 1, 6));
        assertThat(deadline.summary()).contains("跳过：2026年1月1日至2026年1月3日 节假日（元旦）3天。")
                .contains("计入调休上班日：2026年1月4日（星期日，元旦调休）。");
        assertThat(deadline.provisional()).isFalse();
    }

    @Test
    void zeroWorkingDaysAreDueTheSameDayWithNothingSkipped() {
        Deadline deadline = calendar.compute(LocalDate.of(2024, 3, 11), 0);

        assertThat(deadline.due()).isEqualTo(LocalDate.of(2024, 3, 11));
        assertThat(deadline.days()).isEmpty();
        assertThat(deadline.summary()).isEqualTo("2024年3月11日（星期一）收到，期限为0个工作日，当日24时截止。");
    }

    @Test
    void aDeadlineReachingIntoAYearWithoutScheduleIsFlaggedProvisional() {
        Deadline deadline = calendar.compute(LocalDate.of(2026, 12, 30), 7);

        assertThat(deadline.provisional()).isTrue();
        assertThat(deadline.unknownYears()).containsExactly(2027);
        assertThat(deadline.due()).as("weekends-only until 2027 is loaded").isEqualTo(LocalDate.of(2027, 1, 8));
        assertThat(deadline.days()).filteredOn(d -> d.day().provisional()).extracting(d -> d.day().date().getYear())
                .containsOnly(2027);
        assertThat(deadline.summary()).endsWith("注意：2027年的节假日安排尚未导入，暂按周末休息计算，导入后将重新计算截止日期。");
    }

    @Test
    void loadingTheMissingYearMovesAProvisionalDeadlineAndMakesItCertain() {
        Deadline before = calendar.compute(LocalDate.of(2026, 12, 30), 7);
        HolidaySchedule with2027 = calendar.schedule()
                .replacingYearsOf(HolidaySchedule.parse("date,kind,holiday\n2027-01-01,OFF,元旦\n"));

        Deadline after = new WorkingDayCalendar(with2027).compute(LocalDate.of(2026, 12, 30), 7);

        assertThat(after.due()).isEqualTo(LocalDate.of(2027, 1, 11));
        assertThat(after.provisional()).isFalse();
        assertThat(after.scheduleFingerprint()).isNotEqualTo(before.scheduleFingerprint());
        assertThat(after.summary()).contains("2027年1月1日至2027年1月3日 节假日（元旦）3天");
    }

    @Test
    void aLetterReceivedInAYearWithoutScheduleIsProvisionalToo() {
        Deadline deadline = calendar.compute(LocalDate.of(2023, 12, 29), 3);

        assertThat(deadline.due()).isEqualTo(LocalDate.of(2024, 1, 4));
        assertThat(deadline.unknownYears()).containsExactly(2023);
    }

    @Test
    void theDeadlineEndsAtMidnightBeijingTimeOfTheDueDate() {
        Deadline deadline = calendar.compute(LocalDate.of(2024, 9, 30), 3);

        assertThat(deadline.dueBy()).isEqualTo(Instant.parse("2024-10-10T16:00:00Z"));
        assertThat(deadline.isOverdueOn(LocalDate.of(2024, 10, 10))).isFalse();
        assertThat(deadline.isOverdueOn(LocalDate.of(2024, 10, 11))).isTrue();
    }

    @Test
    void theDeadlineRemembersTheScheduleItWasComputedOn() {
        assertThat(calendar.compute(LocalDate.of(2024, 9, 30), 3).scheduleFingerprint())
                .isEqualTo(calendar.schedule().fingerprint());
    }

    @Test
    void theExplanationAgreesWithTheDueDateForEveryStartInTheKnownYears() {
        for (LocalDate start = LocalDate.of(2024, 1, 1); start.getYear() <= 2026; start = start.plusDays(1)) {
            for (int n : new int[] { 3, 7, 20 }) {
                Deadline deadline = calendar.compute(start, n);
                assertThat(deadline.due()).isEqualTo(calendar.addWorkingDays(start, n));
                assertThat(deadline.days()).hasSize((int) (deadline.due().toEpochDay() - start.toEpochDay()));
                assertThat(deadline.days().getLast().ordinal()).isEqualTo(n);
            }
        }
    }
}
