package io.zhengtong.mailbox.statistics;

import io.zhengtong.mailbox.letter.LetterStatus;
import io.zhengtong.mailbox.letter.Rating;
import io.zhengtong.platform.calendar.WorkingDayCalendar;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * Counts the figures of a period (a month, a year) per unit, on the platform's working-day
 * calendar. Pure: the letters, the period, today and the calendar come in.
 */
public final class FigureCounter {

    private final WorkingDayCalendar calendar;

    public FigureCounter(WorkingDayCalendar calendar) {
        this.calendar = calendar;
    }

    /** The counts per unit (in unit code order, units with only zeros left out) and over all units. */
    public record Counted(Map<String, MonthCounts> counts, MonthCounts all) {

        public Map<String, Figures> byUnit() {
            Map<String, Figures> figures = new LinkedHashMap<>();
            counts.forEach((unit, c) -> figures.put(unit, c.figures()));
            return figures;
        }

        public Figures totals() {
            return all.figures();
        }
    }

    /**
     * The letters a period's figures read, one list per figure, each read by its own index range
     * (V55): a letter may be in several lists, and a list's letters carry only what its figures need.
     *
     * @param received letters submitted in the period: unit, status, submittedAt
     * @param answered letters answered in the period: every field
     * @param due letters due in the period: unit, status, dueDate, answeredAt
     */
    public record Touching(Collection<CountedLetter> received, Collection<CountedLetter> answered,
            Collection<CountedLetter> due) {
    }

    /**
     * @param letters every letter touching the period, with every field
     * @param first the period's first day (Asia/Shanghai)
     * @param last the period's last day
     * @param today the day of counting: a letter due today or later is not overdue yet
     */
    public Counted count(Collection<CountedLetter> letters, LocalDate first, LocalDate last, LocalDate today) {
        return count(new Touching(letters, letters, letters), first, last, today);
    }

    /** As {@link #count(Collection, LocalDate, LocalDate, LocalDate)}; each figure counts only its own list. */
    public Counted count(Touching letters, LocalDate first, LocalDate last, LocalDate today) {
        Map<String, Tally> byUnit = new TreeMap<>();
        Tally all = new Tally();
        tally(letters.received(), byUnit, all, (tally, letter) -> tally.addReceived(letter, first, last));
        tally(letters.answered(), byUnit, all, (tally, letter) -> tally.addAnswered(letter, first, last));
        tally(letters.due(), byUnit, all, (tally, letter) -> tally.addDue(letter, first, last, today));
        Map<String, MonthCounts> counts = new LinkedHashMap<>();
        byUnit.forEach((unit, tally) -> {
            if (tally.counts().counts()) {
                counts.put(unit, tally.counts());
            }
        });
        return new Counted(counts, all.counts());
    }

    /** Letters refused as invalid or merged count nowhere. */
    private void tally(Collection<CountedLetter> letters, Map<String, Tally> byUnit, Tally all,
            BiConsumer<Tally, CountedLetter> add) {
        for (CountedLetter letter : letters) {
            if (letter.status() != LetterStatus.REJECTED_INVALID && letter.status() != LetterStatus.MERGED) {
                add.accept(byUnit.computeIfAbsent(letter.unitCode(), u -> new Tally()), letter);
                add.accept(all, letter);
            }
        }
    }

    private final class Tally {

        long received;
        long answered;
        long onTime;
        long workingDays;
        long satisfied;
        long basicallySatisfied;
        long unsatisfied;
        long overdue;

        void addReceived(CountedLetter letter, LocalDate first, LocalDate last) {
            if (within(WorkingDayCalendar.dateOf(letter.submittedAt()), first, last)) {
                received++;
            }
        }

        void addAnswered(CountedLetter letter, LocalDate first, LocalDate last) {
            LocalDate answeredOn = letter.answeredAt() == null ? null : WorkingDayCalendar.dateOf(letter.answeredAt());
            if (answeredOn == null || !within(answeredOn, first, last)) {
                return;
            }
            answered++;
            if (letter.dueDate() == null || !answeredOn.isAfter(letter.dueDate())) {
                onTime++;
            }
            workingDays += Math.max(0, calendar.workingDaysBetween(WorkingDayCalendar.dateOf(letter.submittedAt()), answeredOn));
            if (letter.rating() == Rating.SATISFIED) {
                satisfied++;
            }
            else if (letter.rating() == Rating.BASICALLY_SATISFIED) {
                basicallySatisfied++;
            }
            else if (letter.rating() == Rating.UNSATISFIED) {
                unsatisfied++;
            }
        }

        void addDue(CountedLetter letter, LocalDate first, LocalDate last, LocalDate today) {
            LocalDate due = letter.dueDate();
            LocalDate answeredOn = letter.answeredAt() == null ? null : WorkingDayCalendar.dateOf(letter.answeredAt());
            if (due != null && within(due, first, last) && due.isBefore(today)
                    && (answeredOn == null || answeredOn.isAfter(due))) {
                overdue++;
            }
        }

        MonthCounts counts() {
            return new MonthCounts(received, answered, onTime, workingDays, satisfied, basicallySatisfied, unsatisfied,
                    overdue);
        }
    }

    private static boolean within(LocalDate day, LocalDate first, LocalDate last) {
        return !day.isBefore(first) && !day.isAfter(last);
    }

    static Double percent(long part, long whole) {
        return whole == 0 ? null : oneDecimal(100.0 * part / whole);
    }

    static Double oneDecimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }
}
