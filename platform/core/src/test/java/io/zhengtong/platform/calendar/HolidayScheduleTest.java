package io.zhengtong.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Loading the yearly holiday arrangements an administrator uploads, and refusing broken files whole. */
class HolidayScheduleTest {

    private static final String HEADER = "date,kind,holiday\n";

    @Test
    void theShippedScheduleHoldsTheVerifiedCountsOfEveryYear() {
        HolidaySchedule seed = HolidaySchedule.seed();

        assertThat(seed.years()).containsExactly(2024, 2025, 2026);
        assertThat(count(seed, 2024, AdjustmentKind.OFF)).isEqualTo(19);
        assertThat(count(seed, 2024, AdjustmentKind.WORK)).isEqualTo(8);
        assertThat(count(seed, 2025, AdjustmentKind.OFF)).isEqualTo(18);
        assertThat(count(seed, 2025, AdjustmentKind.WORK)).isEqualTo(5);
        assertThat(count(seed, 2026, AdjustmentKind.OFF)).isEqualTo(19);
        assertThat(count(seed, 2026, AdjustmentKind.WORK)).isEqualTo(6);
    }

    @Test
    void theShippedScheduleKnowsEachDaysHolidayByName() {
        HolidaySchedule seed = HolidaySchedule.seed();

        assertThat(seed.adjustmentOn(LocalDate.of(2024, 2, 12)))
                .contains(new Adjustment(LocalDate.of(2024, 2, 12), AdjustmentKind.OFF, "春节"));
        assertThat(seed.adjustmentOn(LocalDate.of(2025, 10, 11)))
                .contains(new Adjustment(LocalDate.of(2025, 10, 11), AdjustmentKind.WORK, "国庆节、中秋节"));
        assertThat(seed.adjustmentOn(LocalDate.of(2024, 3, 12))).isEmpty();
    }

    @Test
    void commentsBlankLinesByteOrderMarkWindowsLineEndsAndSpacesAreIgnored() {
        String file = "\uFEFF# 2027: a future notice\r\n\r\n  date , kind , holiday \r\n"
                + "# 元旦\r\n 2027-01-01 , off , 元旦 \r\n\r\n2027-02-20,WORK,春节\r\n";

        HolidaySchedule schedule = HolidaySchedule.parse(file);

        assertThat(schedule.adjustments()).containsExactly(
                new Adjustment(LocalDate.of(2027, 1, 1), AdjustmentKind.OFF, "元旦"),
                new Adjustment(LocalDate.of(2027, 2, 20), AdjustmentKind.WORK, "春节"));
        assertThat(schedule.years()).containsExactly(2027);
    }

    @Test
    void aFileUploadedAsBytesIsReadAsUtf8() {
        byte[] bytes = (HEADER + "2026-10-01,OFF,国庆节\n").getBytes(StandardCharsets.UTF_8);

        HolidaySchedule schedule = HolidaySchedule.parse(new ByteArrayInputStream(bytes));

        assertThat(schedule.adjustmentOn(LocalDate.of(2026, 10, 1)).orElseThrow().holiday()).isEqualTo("国庆节");
    }

    @Test
    void aYearIsKnownOnlyWhenItsScheduleWasLoaded() {
        HolidaySchedule seed = HolidaySchedule.seed();

        assertThat(seed.knowsYear(2025)).isTrue();
        assertThat(seed.knowsYear(2023)).isFalse();
        assertThat(seed.knowsYear(2027)).isFalse();
        assertThat(HolidaySchedule.empty().years()).isEmpty();
    }

    @Test
    void aRowWithTooFewColumnsIsRejectedNamingItsLine() {
        assertRejected(HEADER + "2024-01-01,OFF,元旦\n2024-02-12,OFF\n", 3, "应有 3 列");
    }

    @Test
    void aRowWithTooManyColumnsIsRejectedNamingItsLine() {
        assertRejected(HEADER + "2024-02-12,OFF,春节,除夕\n", 2, "实际有 4 列");
    }

    @Test
    void aDateThatDoesNotExistIsRejected() {
        assertRejected(HEADER + "2025-02-29,OFF,春节\n", 2, "日期「2025-02-29」无效");
    }

    @Test
    void aDateWrittenTheWrongWayIsRejected() {
        assertRejected(HEADER + "2024/10/01,OFF,国庆节\n", 2, "应为 yyyy-MM-dd");
    }

    @Test
    void anUnknownKindIsRejectedWithTheAllowedOnes() {
        assertRejected(HEADER + "2024-10-01,HOLIDAY,国庆节\n", 2, "类型「HOLIDAY」无法识别，只能是 OFF（工作日放假）或 WORK（周末调休上班）");
    }

    @Test
    void aDateListedTwiceIsRejectedNamingBothLines() {
        assertRejected(HEADER + "2024-10-01,OFF,国庆节\n# again\n2024-10-01,OFF,国庆节\n", 4,
                "日期 2024-10-01 重复（第 2 行已经列出）");
    }

    @Test
    void aHolidayOnASaturdayIsRejectedBecauseWeekendsAreOffAnyway() {
        // 2024-02-10 was a Saturday of 春节: weekends need no OFF row
        assertRejected(HEADER + "2024-02-10,OFF,春节\n", 2, "2024-02-10 是星期六，周末本来就休息，不能标为 OFF");
    }

    @Test
    void aMakeUpWorkingDayOnAWeekdayIsRejected() {
        assertRejected(HEADER + "2024-02-19,WORK,春节\n", 2, "2024-02-19 是星期一，工作日本来就上班，不能标为 WORK");
    }

    @Test
    void aRowWithoutAHolidayNameIsRejected() {
        assertRejected(HEADER + "2024-10-01,OFF,  \n", 2, "缺少节日名称");
    }

    @Test
    void aFileWithoutTheHeaderIsRejected() {
        assertRejected("# notice\n2024-10-01,OFF,国庆节\n", 2, "应为表头 date,kind,holiday");
    }

    @Test
    void anEmptyFileIsRejected() {
        assertThatThrownBy(() -> HolidaySchedule.parse("# only comments\n\n"))
                .isInstanceOf(HolidayScheduleFormatException.class)
                .hasMessageContaining("文件是空的")
                .extracting(e -> ((HolidayScheduleFormatException) e).line()).isEqualTo(0);
    }

    @Test
    void aFileWithOnlyTheHeaderIsRejected() {
        assertThatThrownBy(() -> HolidaySchedule.parse(HEADER))
                .isInstanceOf(HolidayScheduleFormatException.class)
                .hasMessageContaining("没有任何调整日期");
    }

    @Test
    void loadingTheNextYearsNoticeKeepsTheOtherYears() {
        HolidaySchedule seed = HolidaySchedule.seed();
        HolidaySchedule notice2027 = HolidaySchedule.parse(HEADER + "2027-01-01,OFF,元旦\n");

        HolidaySchedule updated = seed.replacingYearsOf(notice2027);

        assertThat(updated.years()).containsExactly(2024, 2025, 2026, 2027);
        assertThat(updated.adjustmentsIn(2025)).isEqualTo(seed.adjustmentsIn(2025));
        assertThat(updated.adjustmentsIn(2027)).hasSize(1);
    }

    @Test
    void correctingAYearReplacesAllOfItsDays() {
        HolidaySchedule seed = HolidaySchedule.seed();
        HolidaySchedule corrected2026 = HolidaySchedule.parse(HEADER + "2026-10-01,OFF,国庆节\n");

        HolidaySchedule updated = seed.replacingYearsOf(corrected2026);

        assertThat(updated.adjustmentsIn(2026)).containsExactly(
                new Adjustment(LocalDate.of(2026, 10, 1), AdjustmentKind.OFF, "国庆节"));
        assertThat(updated.adjustmentOn(LocalDate.of(2026, 2, 16))).isEmpty();
        assertThat(updated.adjustmentsIn(2024)).isEqualTo(seed.adjustmentsIn(2024));
    }

    @Test
    void theFingerprintChangesWhenAnyDayChangesAndOnlyThen() {
        HolidaySchedule seed = HolidaySchedule.seed();
        HolidaySchedule same = HolidaySchedule.parse(seed.toCsv());
        HolidaySchedule renamed = HolidaySchedule.of(seed.adjustments().stream()
                .map(a -> a.date().equals(LocalDate.of(2024, 1, 1)) ? new Adjustment(a.date(), a.kind(), "新年") : a)
                .toList());

        assertThat(same.fingerprint()).isEqualTo(seed.fingerprint());
        assertThat(same).isEqualTo(seed);
        assertThat(renamed.fingerprint()).isNotEqualTo(seed.fingerprint());
        assertThat(seed.fingerprint()).hasSize(16);
    }

    @Test
    void theScheduleWritesItselfBackInItsOwnFormat() {
        HolidaySchedule schedule = HolidaySchedule.parse(HEADER + "2026-02-14,WORK,春节\n2026-01-01,OFF,元旦\n");

        assertThat(schedule.toCsv()).isEqualTo(HEADER + "2026-01-01,OFF,元旦\n2026-02-14,WORK,春节\n");
    }

    @Test
    void buildingAScheduleInCodeAlsoRejectsADateTwice() {
        Adjustment newYear = new Adjustment(LocalDate.of(2026, 1, 1), AdjustmentKind.OFF, "元旦");

        assertThatThrownBy(() -> HolidaySchedule.of(List.of(newYear, newYear)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026-01-01 重复");
    }

    private static long count(HolidaySchedule schedule, int year, AdjustmentKind kind) {
        return schedule.adjustmentsIn(year).stream().filter(a -> a.kind() == kind).count();
    }

    private static void assertRejected(String file, int line, String message) {
        assertThatThrownBy(() -> HolidaySchedule.parse(file))
                .isInstanceOf(HolidayScheduleFormatException.class)
                .hasMessageStartingWith("第 " + line + " 行：")
                .hasMessageContaining(message)
                .extracting(e -> ((HolidayScheduleFormatException) e).line()).isEqualTo(line);
    }
}
