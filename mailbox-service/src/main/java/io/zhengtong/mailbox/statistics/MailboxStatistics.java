package io.zhengtong.mailbox.statistics;

import io.zhengtong.mailbox.letter.Actor;
import io.zhengtong.mailbox.letter.Role;
import io.zhengtong.platform.calendar.WorkingDayCalendar;
import io.zhengtong.platform.directory.OrganisationDirectory;
import io.zhengtong.platform.directory.Unit;
import io.zhengtong.platform.problem.DomainRuleViolation;
import java.time.Clock;
import java.time.Instant;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Statistics per department per month (每月通报) and the year-end assessment (年终考核). A letter
 * counts for the unit responsible for it: its lead unit, or the mailbox's unit while unassigned.
 * Settled months come from their snapshots ({@link FreezingMonths}), which never change; the others
 * are counted live and kept briefly ({@link LiveCounts}). The public sees settled months only.
 */
@Service
public class MailboxStatistics {

    private final CountedLetterRepository repository;
    private final FreezingMonths freezing;
    private final MonthSettlement settlement;
    private final LiveCounts live;
    private final AssessmentWeights weights;
    private final OrganisationDirectory directory;
    private final Clock clock;

    MailboxStatistics(CountedLetterRepository repository, FreezingMonths freezing, MonthSettlement settlement,
            LiveCounts live, AssessmentWeights weights, OrganisationDirectory directory, Clock clock) {
        this.repository = repository;
        this.freezing = freezing;
        this.settlement = settlement;
        this.live = live;
        this.weights = weights;
        this.directory = directory;
        this.clock = clock;
    }

    public record UnitRow(String unitCode, String unitName, long received, long answered, long answeredOnTime,
            Double onTimeRate, Double averageWorkingDays, long satisfied, long basicallySatisfied, long unsatisfied,
            Double satisfactionRate, long overdue) {
    }

    /**
     * @param snapshotAt when the month's figures were frozen (截至); {@code null} when counted live
     *     (the current month, one still settling, or one without letters)
     */
    public record MonthReport(String month, List<UnitRow> rows, Figures totals, Instant snapshotAt) {
    }

    public record UnitScore(String unitCode, String unitName, Double score, long received, long answered,
            long answeredOnTime, Double onTimeRate, Double satisfactionRate, long overdue) {
    }

    /**
     * @param liveMonths the year's months not settled yet, counted live: their figures still change
     *     (empty once the year is settled; a settled month without letters has no snapshot and counts nothing)
     */
    public record Assessment(int year, AssessmentWeights weights, List<UnitScore> units, List<String> liveMonths) {
    }

    public MonthReport month(Actor actor, String month) {
        requireStaff(actor);
        return report(parseMonth(month));
    }

    /** The public monthly report: settled months only. */
    public MonthReport publicMonth(String month) {
        YearMonth wanted = parseMonth(month);
        if (settlement.phaseAt(wanted, clock.instant()) != MonthSettlement.Phase.SETTLED) {
            throw DomainRuleViolation.notFound("statistics-month-not-published",
                    "只公布已结束并核定的月份的统计，" + wanted + "的统计尚未公布。");
        }
        return report(wanted);
    }

    /** The settled months since the first letter, newest first. */
    @Transactional(readOnly = true)
    public List<String> publishedMonths() {
        YearMonth last = settlement.lastSettled(clock.instant());
        List<String> months = new ArrayList<>();
        repository.firstSubmission().map(at -> YearMonth.from(WorkingDayCalendar.dateOf(at))).ifPresent(first -> {
            for (YearMonth m = last; !m.isBefore(first); m = m.minusMonths(1)) {
                months.add(m.toString());
            }
        });
        return months;
    }

    /** The year's settled months from their snapshots, the others counted live (see {@link Assessment#liveMonths()}). */
    public Assessment assessment(Actor actor, String year) {
        requireStaff(actor);
        Year wanted;
        try {
            wanted = Year.parse(year == null ? "" : year.strip());
        }
        catch (DateTimeParseException e) {
            throw badRequest("statistics-year-invalid", "年份格式有误", "年份应为四位数字，例如 2026。");
        }
        Map<String, MonthCounts> byUnit = new TreeMap<>();
        Map<String, String> names = new HashMap<>();
        List<String> liveMonths = new ArrayList<>();
        YearMonth current = currentMonth();
        for (int m = 1; m <= 12 && !wanted.atMonth(m).isAfter(current); m++) {
            YearMonth month = wanted.atMonth(m);
            Optional<StoredMonth> stored = beforeTheFirstLetter(month) ? Optional.empty() : freezing.snapshotOf(month);
            if (stored.isPresent()) {
                stored.get().units().forEach(u -> {
                    byUnit.merge(u.unitCode(), u.counts(), MonthCounts::plus);
                    names.putIfAbsent(u.unitCode(), u.unitName());
                });
            }
            else {
                if (settlement.phaseAt(month, clock.instant()) != MonthSettlement.Phase.SETTLED) {
                    liveMonths.add(month.toString());
                }
                liveCounts(month).counts().forEach((unit, c) -> byUnit.merge(unit, c, MonthCounts::plus));
            }
        }
        List<UnitScore> scores = byUnit.entrySet().stream().filter(e -> e.getValue().counts()).map(e -> {
            Figures f = e.getValue().figures();
            String name = names.containsKey(e.getKey()) ? names.get(e.getKey()) : unitName(e.getKey());
            return new UnitScore(e.getKey(), name, weights.score(f), f.received(), f.answered(), f.answeredOnTime(),
                    f.onTimeRate(), f.satisfactionRate(), f.overdue());
        })
            .sorted(Comparator.comparing(UnitScore::score, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(UnitScore::unitCode))
            .toList();
        return new Assessment(wanted.getValue(), weights, scores, liveMonths);
    }

    /** A settled month from its snapshot (frozen now if it has none yet), any other month counted live. */
    MonthReport report(YearMonth month) {
        Optional<StoredMonth> stored = beforeTheFirstLetter(month) ? Optional.empty() : freezing.snapshotOf(month);
        if (stored.isPresent()) {
            List<UnitRow> rows = stored.get().units().stream()
                .map(u -> row(u.unitCode(), u.unitName(), u.counts().figures()))
                .toList();
            return new MonthReport(month.toString(), rows, stored.get().totals().figures(), stored.get().takenAt());
        }
        FigureCounter.Counted counted = liveCounts(month);
        Map<String, Integer> order = unitOrder();
        List<UnitRow> rows = counted.byUnit().entrySet().stream()
            .sorted(Comparator.comparing((Map.Entry<String, Figures> e) -> order.getOrDefault(e.getKey(), Integer.MAX_VALUE))
                .thenComparing(Map.Entry::getKey))
            .map(e -> row(e.getKey(), unitName(e.getKey()), e.getValue()))
            .toList();
        return new MonthReport(month.toString(), rows, counted.totals(), null);
    }

    private FigureCounter.Counted liveCounts(YearMonth month) {
        if (beforeTheFirstLetter(month)) {
            return new FigureCounter.Counted(Map.of(), MonthCounts.NONE);
        }
        return live.get(month, m -> freezing.count(m, clock.instant()));
    }

    /** Nothing to count (and no snapshot to take) before the first letter: an indexed look instead of the month's query. */
    private boolean beforeTheFirstLetter(YearMonth month) {
        return repository.firstSubmission().map(at -> month.isBefore(YearMonth.from(WorkingDayCalendar.dateOf(at))))
            .orElse(true);
    }

    private static UnitRow row(String unit, String unitName, Figures f) {
        return new UnitRow(unit, unitName, f.received(), f.answered(), f.answeredOnTime(), f.onTimeRate(),
                f.averageWorkingDays(), f.satisfied(), f.basicallySatisfied(), f.unsatisfied(), f.satisfactionRate(),
                f.overdue());
    }

    private String unitName(String code) {
        return directory.unit(code).map(Unit::fullName).orElse(code);
    }

    private Map<String, Integer> unitOrder() {
        List<Unit> units = directory.units();
        return units.stream().collect(Collectors.toMap(Unit::code, units::indexOf, (a, b) -> a));
    }

    private YearMonth currentMonth() {
        return YearMonth.from(WorkingDayCalendar.dateOf(clock.instant()));
    }

    static YearMonth parseMonth(String month) {
        try {
            return YearMonth.parse(month == null ? "" : month.strip());
        }
        catch (DateTimeParseException e) {
            throw badRequest("statistics-month-invalid", "月份格式有误", "月份应写作 yyyy-MM，例如 2026-10。");
        }
    }

    /** Any mailbox staff: the figures are published monthly anyway; citizens use the public report. */
    static void requireStaff(Actor actor) {
        if (!(actor.has(Role.SUPERVISOR) || actor.has(Role.DISPATCHER) || actor.has(Role.LEADER) || actor.has(Role.STAFF))) {
            throw new DomainRuleViolation(HttpStatus.FORBIDDEN, "statistics-role-not-allowed", "无权查看",
                    "办理统计只对工作人员开放，公众请查看每月通报。");
        }
    }

    static DomainRuleViolation badRequest(String code, String title, String message) {
        return new DomainRuleViolation(HttpStatus.BAD_REQUEST, code, title, message);
    }
}
