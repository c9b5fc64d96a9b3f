package io.zhengtong.mailbox.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhengtong.mailbox.letter.LetterStatus;
import io.zhengtong.mailbox.letter.Rating;
import io.zhengtong.platform.calendar.WorkingDayCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** October 2024 on the real calendar: 10-01 to 10-07 国庆节, Saturday 10-12 a 调休 working day. */
class FigureCounterTest {

    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.onSeedSchedule();
    static final LocalDate FIRST = LocalDate.of(2024, 10, 1);
    static final LocalDate LAST = LocalDate.of(2024, 10, 31);
    static final LocalDate LATER = LocalDate.of(2024, 12, 1);

    static Instant at(int month, int day) {
        return LocalDate.of(2024, month, day).atTime(LocalTime.of(10, 0)).atZone(WorkingDayCalendar.ZONE).toInstant();
    }

    static CountedLetter letter(String unit, LetterStatus status, Instant submitted, LocalDate due, Instant answered,
            Rating rating) {
        return new CountedLetter(unit, status, submitted, due, answered, rating);
    }

    FigureCounter.Counted october(List<CountedLetter> letters, LocalDate today) {
        return new FigureCounter(CALENDAR).count(letters, FIRST, LAST, today);
    }

    @Test
    void aLetterReceivedBeforeTheHolidayAndAnsweredOnItsThirdWorkingDayIsAnsweredOnTimeInThreeWorkingDays() {
        // Received Monday 09-30, 3 working days: due 10-10, answered 10-10.
        Figures housing = october(List.of(letter("housing", LetterStatus.CLOSED, at(9, 30), LocalDate.of(2024, 10, 10),
                at(10, 10), Rating.SATISFIED)), LATER).byUnit().get("housing");
        assertThat(housing.received()).as("received in September").isZero();
        assertThat(housing.answered()).isEqualTo(1);
        assertThat(housing.answeredOnTime()).isEqualTo(1);
        assertThat(housing.onTimeRate()).isEqualTo(100.0);
        assertThat(housing.averageWorkingDays()).isEqualTo(3.0);
        assertThat(housing.satisfactionRate()).isEqualTo(100.0);
        assertThat(housing.overdue()).isZero();
    }

    @Test
    void aLateAnswerCountsAsAnsweredButNotOnTimeAndAsOverdueInTheMonthItWasDue() {
        Figures f = october(List.of(letter("housing", LetterStatus.ANSWERED, at(10, 8), LocalDate.of(2024, 10, 17),
                at(10, 21), Rating.UNSATISFIED)), LATER).byUnit().get("housing");
        assertThat(f.received()).isEqualTo(1);
        assertThat(f.answered()).isEqualTo(1);
        assertThat(f.answeredOnTime()).isZero();
        assertThat(f.onTimeRate()).isEqualTo(0.0);
        assertThat(f.overdue()).isEqualTo(1);
        assertThat(f.unsatisfied()).isEqualTo(1);
        assertThat(f.satisfactionRate()).isEqualTo(0.0);
        // 10-08 to 10-21: 10-09..10-11, 10-12 (调休), 10-14..10-18, 10-21 = 10 working days.
        assertThat(f.averageWorkingDays()).isEqualTo(10.0);
    }

    @Test
    void anUnansweredLetterIsOverdueOnlyOnceItsDueDateHasPassed() {
        CountedLetter open = letter("education", LetterStatus.IN_PROGRESS, at(10, 21), LocalDate.of(2024, 10, 30), null, null);
        assertThat(october(List.of(open), LocalDate.of(2024, 10, 30)).byUnit().get("education").overdue()).isZero();
        assertThat(october(List.of(open), LocalDate.of(2024, 10, 31)).byUnit().get("education").overdue()).isEqualTo(1);
    }

    @Test
    void rejectedAndMergedLettersAreNotCountedAndRatesWithNothingToRateAreEmpty() {
        FigureCounter.Counted counted = october(List.of(
                letter("petition", LetterStatus.REJECTED_INVALID, at(10, 9), null, null, null),
                letter("petition", LetterStatus.MERGED, at(10, 9), null, null, null),
                letter("education", LetterStatus.ACCEPTED, at(10, 9), LocalDate.of(2024, 11, 20), null, null)), LATER);
        assertThat(counted.byUnit()).containsOnlyKeys("education");
        Figures education = counted.byUnit().get("education");
        assertThat(education.received()).isEqualTo(1);
        assertThat(education.onTimeRate()).isNull();
        assertThat(education.averageWorkingDays()).isNull();
        assertThat(education.satisfactionRate()).isNull();
    }

    @Test
    void theTotalsAddUpTheUnitsAndSatisfactionCountsBasicallySatisfiedAsSatisfied() {
        FigureCounter.Counted counted = october(List.of(
                letter("housing", LetterStatus.CLOSED, at(10, 8), LocalDate.of(2024, 10, 11), at(10, 9), Rating.SATISFIED),
                letter("housing", LetterStatus.CLOSED, at(10, 8), LocalDate.of(2024, 10, 11), at(10, 10),
                        Rating.BASICALLY_SATISFIED),
                letter("education", LetterStatus.ANSWERED, at(10, 8), LocalDate.of(2024, 10, 11), at(10, 11), Rating.UNSATISFIED),
                letter("education", LetterStatus.ANSWERED, at(10, 8), LocalDate.of(2024, 10, 11), at(10, 11), null)), LATER);
        Figures totals = counted.totals();
        assertThat(totals.received()).isEqualTo(4);
        assertThat(totals.answered()).isEqualTo(4);
        assertThat(totals.satisfied()).isEqualTo(1);
        assertThat(totals.basicallySatisfied()).isEqualTo(1);
        assertThat(totals.unsatisfied()).isEqualTo(1);
        assertThat(totals.satisfactionRate()).as("2 of 3 rated").isEqualTo(66.7);
        // 1 + 2 + 3 + 3 working days.
        assertThat(totals.averageWorkingDays()).isEqualTo(2.3);
        assertThat(counted.byUnit().get("housing").satisfactionRate()).isEqualTo(100.0);
    }

    @Test
    void lettersReadOncePerFigureTheyTouchAreCountedExactlyAsWhenReadTogether() {
        // Received in September and answered late in October; received in October, still open and
        // overdue; received and answered in October, on time; a refused letter counts nowhere.
        List<CountedLetter> letters = List.of(
                letter("housing", LetterStatus.CLOSED, at(9, 27), LocalDate.of(2024, 10, 10), at(10, 14), Rating.UNSATISFIED),
                letter("housing", LetterStatus.IN_PROGRESS, at(10, 14), LocalDate.of(2024, 10, 23), null, null),
                letter("education", LetterStatus.CLOSED, at(10, 8), LocalDate.of(2024, 10, 11), at(10, 9), Rating.SATISFIED),
                letter("petition", LetterStatus.REJECTED_INVALID, at(10, 9), null, null, null));
        // What each of the three queries reads: only the columns of its own index.
        List<CountedLetter> received = letters.stream().filter(l -> !WorkingDayCalendar.dateOf(l.submittedAt()).isBefore(FIRST))
            .map(l -> new CountedLetter(l.unitCode(), l.status(), l.submittedAt(), null, null, null))
            .toList();
        List<CountedLetter> answered = letters.stream().filter(l -> l.answeredAt() != null).toList();
        List<CountedLetter> due = letters.stream().filter(l -> l.dueDate() != null)
            .map(l -> new CountedLetter(l.unitCode(), l.status(), null, l.dueDate(), l.answeredAt(), null))
            .toList();

        FigureCounter.Counted together = october(letters, LATER);
        FigureCounter.Counted apart = new FigureCounter(CALENDAR).count(new FigureCounter.Touching(received, answered, due),
                FIRST, LAST, LATER);

        assertThat(apart).isEqualTo(together);
        Figures housing = apart.byUnit().get("housing");
        assertThat(housing.received()).isEqualTo(1);
        assertThat(housing.answered()).isEqualTo(1);
        assertThat(housing.answeredOnTime()).isZero();
        assertThat(housing.overdue()).as("the late answer and the open letter").isEqualTo(2);
        assertThat(apart.totals().received()).isEqualTo(2);
        assertThat(apart.byUnit()).doesNotContainKey("petition");
    }
}
