package io.zhengtong.platform.calendar;

import io.zhengtong.platform.calendar.CalendarStore.StoredSchedule;
import io.zhengtong.platform.problem.DomainRuleViolation;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owner service's administration of the calendar: an administrator loads a year's schedule
 * (国务院办公厅 notice) as CSV in the seed format; the new whole schedule is stored as the next
 * version and published on {@value CalendarScheduleChanged#TOPIC} through the outbox, in the same
 * transaction. Every service (this one too) picks it up there ({@link CalendarDistribution}).
 */
public class CalendarAdministration {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private final CalendarStore store;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public CalendarAdministration(CalendarStore store, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.events = events;
        this.clock = clock;
    }

    /** A loaded year at a glance. */
    public record YearLine(int year, int daysOff, int workingWeekendDays, int adjustments) {
    }

    /**
     * The schedule now in force.
     *
     * @param changed whether the request that answered this changed the schedule
     */
    public record Overview(long version, String fingerprint, Instant changedAt, String changedBy,
            List<Integer> changedYears, List<YearLine> years, boolean changed) {
    }

    /**
     * On start-up: stores the seed schedule as version 1 if nothing is stored yet, then publishes
     * the latest version again, so the compacted topic holds it even if it was lost or never sent.
     */
    @Transactional
    public Overview loadSeedAndPublish() {
        StoredSchedule latest = store.latest().orElseGet(() -> {
            HolidaySchedule seed = HolidaySchedule.seed();
            return store.append(seed, List.copyOf(seed.years()), "seed", clock.instant());
        });
        publish(latest);
        return overview(latest, false);
    }

    @Transactional(readOnly = true)
    public Overview overview() {
        return overview(current(), false);
    }

    /** One year's adjustments in the CSV format, as an administrator would load them. */
    @Transactional(readOnly = true)
    public String yearCsv(int year) {
        HolidaySchedule schedule = current().schedule();
        if (!schedule.knowsYear(year)) {
            throw DomainRuleViolation.notFound("calendar-year-unknown", year + " 年的节假日安排尚未导入。");
        }
        return HolidaySchedule.of(schedule.adjustmentsIn(year)).toCsv();
    }

    /**
     * Loads or replaces one year. The file must be valid as a whole and hold only dates of that
     * year; otherwise 422 naming the line, and nothing changes. The same content again changes nothing.
     */
    @Transactional
    public Overview replaceYear(int year, String csv, String by) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw DomainRuleViolation.unprocessable("calendar-year-invalid", "年份有误",
                    "年份应在 " + FIRST_YEAR + " 至 " + LAST_YEAR + " 之间。");
        }
        HolidaySchedule loaded = parseYear(year, csv == null ? "" : csv);
        StoredSchedule latest = current();
        HolidaySchedule next = latest.schedule().replacingYearsOf(loaded);
        if (next.fingerprint().equals(latest.fingerprint())) {
            return overview(latest, false);
        }
        StoredSchedule stored = store.append(next, List.of(year), by, clock.instant());
        publish(stored);
        return overview(stored, true);
    }

    /** Parses the file and checks every date is in {@code year}; the problem names the line. */
    static HolidaySchedule parseYear(int year, String csv) {
        HolidaySchedule loaded;
        try {
            loaded = HolidaySchedule.parse(csv);
        }
        catch (HolidayScheduleFormatException e) {
            throw invalid(e.getMessage());
        }
        for (Adjustment adjustment : loaded.adjustments()) {
            if (adjustment.date().getYear() != year) {
                throw invalid("第 " + lineOf(csv, adjustment.date()) + " 行：日期 " + adjustment.date() + " 不在 " + year
                        + " 年，请只导入 " + year + " 年的安排。");
            }
        }
        return loaded;
    }

    private static int lineOf(String csv, LocalDate date) {
        String[] lines = csv.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().replace("\uFEFF", "").startsWith(date.toString())) {
                return i + 1;
            }
        }
        return 0;
    }

    private static DomainRuleViolation invalid(String message) {
        return DomainRuleViolation.unprocessable("calendar-schedule-invalid", "节假日安排文件有误", message);
    }

    private StoredSchedule current() {
        return store.latest().orElseGet(() -> {
            HolidaySchedule seed = HolidaySchedule.seed();
            return new StoredSchedule(0, seed.fingerprint(), List.copyOf(seed.years()), "seed", Instant.EPOCH, seed);
        });
    }

    private void publish(StoredSchedule stored) {
        HolidaySchedule schedule = stored.schedule();
        events.publishEvent(new CalendarScheduleChanged(UUID.randomUUID(), CalendarScheduleChanged.KEY, clock.instant(),
                stored.version(), schedule.fingerprint(), List.copyOf(schedule.years()), stored.changedYears(),
                stored.changedBy(), schedule.toCsv()));
    }

    private static Overview overview(StoredSchedule stored, boolean changed) {
        List<YearLine> years = new ArrayList<>();
        for (int year : stored.schedule().years()) {
            List<Adjustment> adjustments = stored.schedule().adjustmentsIn(year);
            int off = (int) adjustments.stream().filter(a -> a.kind() == AdjustmentKind.OFF).count();
            years.add(new YearLine(year, off, adjustments.size() - off, adjustments.size()));
        }
        return new Overview(stored.version(), stored.fingerprint(), stored.changedAt(), stored.changedBy(),
                stored.changedYears(), years, changed);
    }
}
