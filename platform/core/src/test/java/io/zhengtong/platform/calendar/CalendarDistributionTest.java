package io.zhengtong.platform.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhengtong.platform.problem.DomainRuleViolation;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class CalendarDistributionTest {

    static final String YEAR_2026_WITH_AN_EXTRA_DAY_OFF = """
            date,kind,holiday
            """ + HolidaySchedule.of(HolidaySchedule.seed().adjustmentsIn(2026)).toCsv().lines().skip(1)
        .map(l -> l + "\n").reduce("", String::concat) + "2026-12-01,OFF,测试假日\n";

    final List<Object> announced = new ArrayList<>();
    final WorkingDayCalendar calendar = WorkingDayCalendar.onSeedSchedule();
    final CalendarDistribution distribution = new CalendarDistribution(calendar, JsonMapper.builder().build(),
            announced::add);

    static CalendarScheduleChanged changed(HolidaySchedule schedule) {
        return new CalendarScheduleChanged(UUID.randomUUID(), CalendarScheduleChanged.KEY, Instant.now(), 2,
                schedule.fingerprint(), List.copyOf(schedule.years()), List.of(2026), "ma.jun", schedule.toCsv());
    }

    @Test
    void aPublishedScheduleMovesTheOneCalendarAndAnnouncesTheChange() {
        HolidaySchedule seed = calendar.schedule();
        HolidaySchedule next = seed.replacingYearsOf(CalendarAdministration.parseYear(2026, YEAR_2026_WITH_AN_EXTRA_DAY_OFF));
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 11, 30), 1)).isEqualTo(LocalDate.of(2026, 12, 1));

        assertThat(distribution.apply(changed(next))).isTrue();

        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 12, 1))).isFalse();
        assertThat(calendar.addWorkingDays(LocalDate.of(2026, 11, 30), 1)).isEqualTo(LocalDate.of(2026, 12, 2));
        assertThat(calendar.schedule().fingerprint()).isEqualTo(next.fingerprint()).isNotEqualTo(seed.fingerprint());
        assertThat(announced).singleElement().isEqualTo(new CalendarChanged(seed, next));
    }

    @Test
    void theScheduleAlreadyCountedOnChangesNothingAndAnnouncesNothing() {
        assertThat(distribution.apply(changed(HolidaySchedule.seed()))).isFalse();
        assertThat(announced).isEmpty();
    }

    @Test
    void aScheduleWhoseFingerprintDoesNotMatchItsTextIsRefused() {
        HolidaySchedule seed = HolidaySchedule.seed();
        CalendarScheduleChanged forged = new CalendarScheduleChanged(UUID.randomUUID(), CalendarScheduleChanged.KEY,
                Instant.now(), 3, "0000000000000000", List.of(2026), List.of(2026), "x", seed.toCsv());
        assertThatThrownBy(() -> distribution.apply(forged)).isInstanceOf(IllegalStateException.class);
        assertThat(announced).isEmpty();
    }

    @Test
    void theEventSurvivesItsJsonRoundTrip() {
        JsonMapper json = JsonMapper.builder().build();
        CalendarScheduleChanged event = changed(HolidaySchedule.seed());
        assertThat(json.readValue(json.writeValueAsBytes(event), CalendarScheduleChanged.class)).isEqualTo(event);
    }

    @Test
    void aYearFileWithADateOfAnotherYearIsRefusedNamingItsLine() {
        assertThatThrownBy(() -> CalendarAdministration.parseYear(2027, "date,kind,holiday\n2027-01-01,OFF,元旦\n2026-10-01,OFF,国庆节\n"))
            .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("第 3 行").hasMessageContaining("2026-10-01");
    }

    @Test
    void aBadLineIsRefusedNamingIt() {
        assertThatThrownBy(() -> CalendarAdministration.parseYear(2027, "# 2027\ndate,kind,holiday\n2027-01-01,OFF,元旦\n2027-02-30,OFF,春节\n"))
            .isInstanceOf(DomainRuleViolation.class).hasMessageContaining("第 4 行");
        assertThatThrownBy(() -> CalendarAdministration.parseYear(2027, ""))
            .isInstanceOf(DomainRuleViolation.class);
    }

    @Test
    void replacingTheScheduleChangesTheFingerprintAndTheSameContentKeepsIt() {
        HolidaySchedule seed = HolidaySchedule.seed();
        HolidaySchedule same = seed.replacingYearsOf(HolidaySchedule.of(seed.adjustmentsIn(2025)));
        assertThat(same.fingerprint()).isEqualTo(seed.fingerprint());
        HolidaySchedule changed = seed.replacingYearsOf(CalendarAdministration.parseYear(2026, YEAR_2026_WITH_AN_EXTRA_DAY_OFF));
        assertThat(changed.fingerprint()).isNotEqualTo(seed.fingerprint());
        assertThat(changed.knowsYear(2024)).isTrue();
    }
}
