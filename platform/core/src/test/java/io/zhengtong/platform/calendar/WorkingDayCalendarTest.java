package io.zhengtong.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which days are worked and how working days are counted, on the verified 2024-2026 schedule. */
class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.onSeedSchedule();

    @ParameterizedTest(name = "{0} is off ({1})")
    @CsvSource({
            "2024-02-10, Saturday that starts 春节",
            "2024-02-12, Monday of 春节",
            "2024-02-16, Friday of 春节",
            "2024-02-17, Saturday that ends 春节",
            "2025-10-01, 国庆节",
            "2025-10-04, Saturday inside 国庆节",
            "2025-10-08, last day of 国庆节、中秋节",
            "2026-01-02, Friday of 元旦",
            "2026-02-23, Monday that ends 春节",
            "2026-09-25, 中秋节",
            "2024-03-09, an ordinary Saturday",
            "2024-03-10, an ordinary Sunday" })
    void theseDaysAreNotWorked(LocalDate date, String why) {
        assertThat(calendar.isWorkingDay(date)).isFalse();
    }

    @ParameterizedTest(name = "{0} is worked ({1})")
    @CsvSource({
            "2024-02-04, Sunday worked before 春节",
            "2024-02-18, Sunday worked after 春节",
            "2024-02-09, 除夕 2024 is officially a working day",
            "2025-09-28, Sunday worked before 国庆节",
            "2025-10-11, Saturday worked after 国庆节",
            "2026-01-04, Sunday worked after 元旦",
            "2026-02-14, Saturday worked before 春节",
            "2026-02-28, Saturday worked after 春节",
            "2026-10-10, Saturday worked after 国庆节",
            "2024-03-11, an ordinary Monday" })
    void theseDaysAreWorked(LocalDate date, String why) {
        assertThat(calendar.isWorkingDay(date)).isTrue();
    }

    @Test
    void theWholeOfSpringFestival2024IsShownAsSpringFestivalIncludingItsWeekend() {
        for (LocalDate date = LocalDate.of(2024, 2, 10); !date.isAfter(LocalDate.of(2024, 2, 17)); date = date.plusDays(1)) {
            assertThat(calendar.day(date).label()).as(date.toString()).isEqualTo("节假日（春节）");
        }
        assertThat(calendar.day(LocalDate.of(2024, 2, 18)).label()).isEqualTo("调休上班（春节）");
        assertThat(calendar.day(LocalDate.of(2024, 2, 19)).label()).isEqualTo("工作日");
        assertThat(calendar.day(LocalDate.of(2024, 3, 9)).label()).isEqualTo("周末");
    }

    @Test
    void aSundayBetweenAWorkedSaturdayAndTheHolidayBelongsToTheHoliday() {
        // 中秋节 2024: Saturday 09-14 worked, Sunday 09-15 to Tuesday 09-17 off
        assertThat(calendar.day(LocalDate.of(2024, 9, 14)).kind()).isEqualTo(DayKind.ADJUSTED_WORKDAY);
        assertThat(calendar.day(LocalDate.of(2024, 9, 15)).label()).isEqualTo("节假日（中秋节）");
    }

    @Test
    void daysInALoadedYearAreCertainAndDaysInAnotherYearAreProvisional() {
        assertThat(calendar.day(LocalDate.of(2026, 12, 31)).provisional()).isFalse();
        CalendarDay newYear2027 = calendar.day(LocalDate.of(2027, 1, 1));
        assertThat(newYear2027.provisional()).isTrue();
        assertThat(newYear2027.kind()).as("weekends-only guess until the 2027 notice is loaded").isEqualTo(DayKind.WORKDAY);
    }

    @Test
    void threeWorkingDaysFromTheEveOfNationalDay2024EndAfterTheHoliday() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2024, 9, 30), 3)).isEqualTo(LocalDate.of(2024, 10, 10));
    }

    @Test
    void sevenWorkingDaysFromTheEveOfNationalDay2024CountTheWorkedSaturday() {
        // 10-08, 09, 10, 11, 12 (Saturday worked), 14, 15
        assertThat(calendar.addWorkingDays(LocalDate.of(2024, 9, 30), 7)).isEqualTo(LocalDate.of(2024, 10, 15));
    }

    @Test
    void aDeadlineCanFallOnAWorkedSaturday() {
        // 2025: 10-01 to 10-08 off; 10-09, 10-10, then Saturday 10-11 worked
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 9, 30), 3)).isEqualTo(LocalDate.of(2025, 10, 11));
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 9, 30), 7)).isEqualTo(LocalDate.of(2025, 10, 16));
    }

    @Test
    void theWorkedSundayBeforeNationalDay2025Counts() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 9, 26), 3)).isEqualTo(LocalDate.of(2025, 9, 30));
    }

    @Test
    void aLetterReceivedOnAHolidayCountsFromTheNextWorkingDay() {
        // received on 春节 2024-02-12: day 1 is the worked Sunday 02-18
        assertThat(calendar.addWorkingDays(LocalDate.of(2024, 2, 12), 1)).isEqualTo(LocalDate.of(2024, 2, 18));
        assertThat(calendar.addWorkingDays(LocalDate.of(2024, 2, 12), 3)).isEqualTo(LocalDate.of(2024, 2, 20));
    }

    @Test
    void aLetterReceivedOnAWorkedSundayCountsFromTheFollowingMonday() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2024, 2, 4), 3)).isEqualTo(LocalDate.of(2024, 2, 7));
    }

    @Test
    void aLetterReceivedOnSaturdayIsDueWhenOneReceivedOnFridayIs() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2024, 3, 9), 1)).isEqualTo(LocalDate.of(2024, 3, 11));
        assertThat(calendar.addWorkingDays(LocalDate.of(2024, 3, 8), 1)).isEqualTo(LocalDate.of(2024, 3, 11));
    }

    @Test
    void sevenWorkingDaysOverSpringFestival2024() {
        // 02-09, then 02-10..17 off, 02-18 (Sunday worked), 19, 20, 21, 22, 23
        assertThat(calendar.addWorkingDays(LocalDate.of(2024, 2, 8), 7)).isEqualTo(LocalDate.of(2024, 2, 23));
    }

    @Test
    void spring2026StartsWithAWorkedSaturdayAndEndsAfterNineDaysOff() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 2, 13), 3)).isEqualTo(LocalDate.of(2026, 2, 25));
    }

    @Test
    void sevenWorkingDaysOverNationalDay2026() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 9, 30), 7)).isEqualTo(LocalDate.of(2026, 10, 15));
    }

    @Test
    void countingCrossesTheNewYearAndItsHoliday() {
        // 2026-01-01..03 off, Sunday 01-04 worked
        assertThat(calendar.addWorkingDays(LocalDate.of(2025, 12, 31), 3)).isEqualTo(LocalDate.of(2026, 1, 6));
    }

    @Test
    void zeroWorkingDaysAreDueOnTheDayOfReceipt() {
        assertThat(calendar.addWorkingDays(LocalDate.of(2024, 10, 1), 0)).isEqualTo(LocalDate.of(2024, 10, 1));
    }

    @Test
    void anExtensionContinuesFromTheCurrentDueDate() {
        LocalDate due = calendar.addWorkingDays(LocalDate.of(2024, 9, 30), 3);

        assertThat(calendar.addWorkingDays(due, 7)).isEqualTo(LocalDate.of(2024, 10, 18));
    }

    @Test
    void aNegativeNumberOfWorkingDaysIsRefused() {
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2024, 10, 1), -1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("不能为负数");
        assertThatThrownBy(() -> calendar.compute(LocalDate.of(2024, 10, 1), -3))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAbsurdlyLongPeriodIsRefused() {
        assertThatThrownBy(() -> calendar.addWorkingDays(LocalDate.of(2024, 10, 1), WorkingDayCalendar.MAX_WORKING_DAYS + 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("不能超过");
    }

    @Test
    void theNextWorkingDayIsNeverTheDayItself() {
        assertThat(calendar.nextWorkingDay(LocalDate.of(2024, 3, 11))).isEqualTo(LocalDate.of(2024, 3, 12));
        assertThat(calendar.nextWorkingDay(LocalDate.of(2024, 9, 30))).isEqualTo(LocalDate.of(2024, 10, 8));
        assertThat(calendar.nextWorkingDay(LocalDate.of(2024, 2, 9))).isEqualTo(LocalDate.of(2024, 2, 18));
        assertThat(calendar.nextWorkingDay(LocalDate.of(2024, 2, 3))).isEqualTo(LocalDate.of(2024, 2, 4));
    }

    @Test
    void aReplyOnTheDueDateTookExactlyTheAllowedWorkingDays() {
        assertThat(calendar.workingDaysBetween(LocalDate.of(2024, 9, 30), LocalDate.of(2024, 10, 10))).isEqualTo(3);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2024, 9, 30), LocalDate.of(2024, 10, 15))).isEqualTo(7);
    }

    @Test
    void aReplyTheSameDayOrOverTheWeekendTookNoWorkingDay() {
        assertThat(calendar.workingDaysBetween(LocalDate.of(2024, 3, 8), LocalDate.of(2024, 3, 8))).isZero();
        assertThat(calendar.workingDaysBetween(LocalDate.of(2024, 3, 8), LocalDate.of(2024, 3, 10))).isZero();
        assertThat(calendar.workingDaysBetween(LocalDate.of(2024, 3, 8), LocalDate.of(2024, 3, 11))).isEqualTo(1);
    }

    @Test
    void workingDaysOverdueCountTheWorkedSaturday() {
        // due 2024-10-10; on Monday 10-14 it is 3 working days late: 10-11, 10-12 (worked), 10-14
        assertThat(calendar.workingDaysBetween(LocalDate.of(2024, 10, 10), LocalDate.of(2024, 10, 14))).isEqualTo(3);
    }

    @Test
    void workingDaysBetweenTwoDatesIsNegativeTheOtherWayRound() {
        LocalDate[][] pairs = {
                { LocalDate.of(2024, 9, 30), LocalDate.of(2024, 10, 15) },
                { LocalDate.of(2024, 2, 4), LocalDate.of(2024, 2, 18) },
                { LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 6) },
                { LocalDate.of(2024, 3, 9), LocalDate.of(2024, 3, 10) } };
        for (LocalDate[] pair : pairs) {
            assertThat(calendar.workingDaysBetween(pair[1], pair[0]))
                    .as(pair[0] + " / " + pair[1]).isEqualTo(-calendar.workingDaysBetween(pair[0], pair[1]));
        }
        assertThat(calendar.workingDaysBetween(LocalDate.of(2024, 10, 10), LocalDate.of(2024, 9, 30))).isEqualTo(-3);
    }

    @Test
    void countingWorkingDaysUndoesAddingThemOnEveryDayOfTheKnownYears() {
        for (LocalDate start = LocalDate.of(2024, 1, 1); start.getYear() <= 2026; start = start.plusDays(1)) {
            for (int n : new int[] { 0, 1, 3, 7, 20 }) {
                LocalDate due = calendar.addWorkingDays(start, n);
                assertThat(calendar.workingDaysBetween(start, due)).as(start + " + " + n).isEqualTo(n);
                assertThat(calendar.isWorkingDay(due) || n == 0).as(start + " + " + n + " is a working day").isTrue();
            }
        }
    }

    @Test
    void theKnownYearsHoldTheRightNumberOfWorkingDays() {
        // 2024: 262 weekdays - 19 off + 8 worked weekend days; 2025: 261 - 18 + 5; 2026: 261 - 19 + 6
        assertThat(calendar.workingDaysBetween(LocalDate.of(2023, 12, 31), LocalDate.of(2024, 12, 31))).isEqualTo(251);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 12, 31))).isEqualTo(248);
        assertThat(calendar.workingDaysBetween(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 12, 31))).isEqualTo(248);
    }

    @Test
    void aPeriodReachingIntoAYearWithoutScheduleIsProvisional() {
        assertThat(calendar.isProvisional(LocalDate.of(2026, 12, 30), LocalDate.of(2027, 1, 8))).isTrue();
        assertThat(calendar.isProvisional(LocalDate.of(2023, 12, 29), LocalDate.of(2024, 1, 4))).isTrue();
        assertThat(calendar.isProvisional(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31))).isFalse();
    }

    @Test
    void withoutAnyScheduleOnlyWeekendsAreOffAndEverythingIsProvisional() {
        WorkingDayCalendar weekendsOnly = new WorkingDayCalendar(HolidaySchedule.empty());

        assertThat(weekendsOnly.isWorkingDay(LocalDate.of(2024, 2, 12))).isTrue();
        assertThat(weekendsOnly.isWorkingDay(LocalDate.of(2024, 2, 18))).isFalse();
        assertThat(weekendsOnly.day(LocalDate.of(2024, 2, 12)).provisional()).isTrue();
    }

    @Test
    void aLetterReceivedJustAfterMidnightBeijingTimeIsDatedThatDay() {
        // 00:30 on 10-01 in Beijing is still 09-30 in UTC
        assertThat(WorkingDayCalendar.dateOf(Instant.parse("2024-09-30T16:30:00Z"))).isEqualTo(LocalDate.of(2024, 10, 1));
    }
}
