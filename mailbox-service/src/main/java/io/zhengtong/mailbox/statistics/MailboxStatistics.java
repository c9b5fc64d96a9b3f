package io.zhengtong.mailbox.statistics;

import io.zhengtong.mailbox.letter.Actor;
import io.zhengtong.mailbox.letter.Role;
import io.zhengtong.platform.calendar.WorkingDayCalendar;
import io.zhengtong.platform.directory.OrganisationDirectory;
import io.zhengtong.platform.directory.Unit;
import io.zhengtong.platform.problem.DomainRuleViolation;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Statistics per department per month (每月通报) and the year-end assessment (年终考核). A letter
 * counts for the unit responsible for it: its lead unit, or the mailbox's unit while unassigned.
 * The public sees completed months only.
 */
@Service
public class MailboxStatistics {

    private final CountedLetterRepository repository;
    private final FigureCounter counter;
    private final AssessmentWeights weights;
    private final OrganisationDirectory directory;
    private final Clock clock;

    public MailboxStatistics(CountedLetterRepository repository, WorkingDayCalendar calendar, AssessmentWeights weights,
            OrganisationDirectory directory, Clock clock) {
        this.repository = repository;
        this.counter = new FigureCounter(calendar);
        this.weights = weights;
        this.directory = directory;
        this.clock = clock;
    }

    public record UnitRow(String unitCode, String unitName, long received, long answered, long answeredOnTime,
            Double onTimeRate, Double averageWorkingDays, long satisfied, long basicallySatisfied, long unsatisfied,
            Double satisfactionRate, long overdue) {
    }

    public record MonthReport(String month, List<UnitRow> rows, Figures totals) {
    }

    public record UnitScore(String unitCode, String unitName, Double score, long received, long answered,
            long answeredOnTime, Double onTimeRate, Double satisfactionRate, long overdue) {
    }

    public record Assessment(int year, AssessmentWeights weights, List<UnitScore> units) {
    }

    @Transactional(readOnly = true)
    public MonthReport month(Actor actor, String month) {
        requireStaff(actor);
        return report(parseMonth(month));
    }

    /** The public monthly report: completed months only. */
    @Transactional(readOnly = true)
    public MonthReport publicMonth(String month) {
        YearMonth wanted = parseMonth(month);
        if (!wanted.isBefore(currentMonth())) {
            throw DomainRuleViolation.notFound("statistics-month-not-published", "只公布已结束月份的统计，" + wanted + "的统计尚未公布。");
        }
        return report(wanted);
    }

    /** The completed months with letters, newest first. */
    @Transactional(readOnly = true)
    public List<String> publishedMonths() {
        YearMonth last = currentMonth().minusMonths(1);
        List<String> months = new ArrayList<>();
        repository.firstSubmission().map(at -> YearMonth.from(WorkingDayCalendar.dateOf(at))).ifPresent(first -> {
            for (YearMonth m = last; !m.isBefore(first); m = m.minusMonths(1)) {
                months.add(m.toString());
            }
        });
        return months;
    }

    @Transactional(readOnly = true)
    public Assessment assessment(Actor actor, String year) {
        requireStaff(actor);
        Year wanted;
        try {
            wanted = Year.parse(year == null ? "" : year.strip());
        }
        catch (DateTimeParseException e) {
            throw badRequest("statistics-year-invalid", "年份格式有误", "年份应为四位数字，例如 2026。");
        }
        FigureCounter.Counted counted = count(wanted.atDay(1), wanted.atMonth(12).atEndOfMonth());
        List<UnitScore> scores = counted.byUnit().entrySet().stream()
            .map(e -> new UnitScore(e.getKey(), unitName(e.getKey()), weights.score(e.getValue()), e.getValue().received(),
                    e.getValue().answered(), e.getValue().answeredOnTime(), e.getValue().onTimeRate(),
                    e.getValue().satisfactionRate(), e.getValue().overdue()))
            .sorted(Comparator.comparing(UnitScore::score, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(UnitScore::unitCode))
            .toList();
        return new Assessment(wanted.getValue(), weights, scores);
    }

    MonthReport report(YearMonth month) {
        FigureCounter.Counted counted = count(month.atDay(1), month.atEndOfMonth());
        Map<String, Integer> order = unitOrder();
        List<UnitRow> rows = counted.byUnit().entrySet().stream()
            .sorted(Comparator.comparing((Map.Entry<String, Figures> e) -> order.getOrDefault(e.getKey(), Integer.MAX_VALUE))
                .thenComparing(Map.Entry::getKey))
            .map(e -> row(e.getKey(), e.getValue()))
            .toList();
        return new MonthReport(month.toString(), rows, counted.totals());
    }

    private FigureCounter.Counted count(LocalDate first, LocalDate last) {
        List<CountedLetter> letters = repository.touching(first.atStartOfDay(WorkingDayCalendar.ZONE).toInstant(),
                last.plusDays(1).atStartOfDay(WorkingDayCalendar.ZONE).toInstant(), first, last);
        return counter.count(letters, first, last, WorkingDayCalendar.dateOf(clock.instant()));
    }

    private UnitRow row(String unit, Figures f) {
        return new UnitRow(unit, unitName(unit), f.received(), f.answered(), f.answeredOnTime(), f.onTimeRate(),
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
