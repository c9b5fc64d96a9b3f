package io.zhengtong.mailbox.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhengtong.mailbox.letter.Actor;
import io.zhengtong.mailbox.letter.Assignment;
import io.zhengtong.mailbox.letter.Letter;
import io.zhengtong.mailbox.letter.LetterContent;
import io.zhengtong.mailbox.letter.LetterId;
import io.zhengtong.mailbox.letter.LetterType;
import io.zhengtong.mailbox.letter.Mailbox;
import io.zhengtong.mailbox.letter.Role;
import io.zhengtong.mailbox.tracking.TrackingCode;
import io.zhengtong.platform.calendar.Deadline;
import io.zhengtong.platform.calendar.WorkingDayCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeadlinePolicyTest {

    private static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.onSeedSchedule();
    private static final Mailbox COUNTY_HEAD = new Mailbox("county-head", "县长信箱", "gov-office");
    private static final Mailbox CULTURE = new Mailbox("culture-tourism", "文化和旅游局信箱", "culture-tourism");
    private static final Actor DISPATCHER = Actor.staff("lina", "李娜", "gov-office", Role.DISPATCHER);
    private static final SplittableRandom RANDOM = new SplittableRandom(3);

    private final DeadlinePolicy policy = DeadlinePolicy.standard();

    /** The county head's mailbox answers complaints within {@code days}, as its administrator set it. */
    private static MailboxPeriods countyHeadComplaintsIn(int days) {
        return code -> code.equals("county-head") ? java.util.Map.of(LetterType.COMPLAINT, days) : java.util.Map.of();
    }

    private static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WorkingDayCalendar.ZONE).toInstant();
    }

    private static Letter letterReceived(String localDateTime, Mailbox mailbox, LetterType type) {
        LetterContent content = new LetterContent(mailbox, type, "问题", "内容", null, false);
        return Letter.submit(LetterId.random(), content, TrackingCode.generate(RANDOM), "h", Actor.writer(null, null),
                shanghai(localDateTime), DeadlinePolicy.standard().deadlineAtSubmission(content, shanghai(localDateTime), CALENDAR));
    }

    @Nested
    class WorkingDaysAllowed {

        @Test
        void consultationsHaveThreeWorkingDaysAndEveryOtherLetterSeven() {
            assertThat(policy.workingDaysFor(COUNTY_HEAD, LetterType.CONSULTATION)).isEqualTo(3);
            for (LetterType type : new LetterType[] {LetterType.COMPLAINT, LetterType.SUGGESTION, LetterType.REPORT, LetterType.OTHER}) {
                assertThat(policy.workingDaysFor(COUNTY_HEAD, type)).as(type.label()).isEqualTo(7);
            }
        }

        @Test
        void aMailboxMayHaveItsOwnPeriodForOneTypeWithoutChangingOthers() {
            DeadlinePolicy local = policy.withMailboxPeriods(countyHeadComplaintsIn(5)).withDays(LetterType.REPORT, 10);

            assertThat(local.workingDaysFor(COUNTY_HEAD, LetterType.COMPLAINT)).isEqualTo(5);
            assertThat(local.workingDaysFor(CULTURE, LetterType.COMPLAINT)).isEqualTo(7);
            assertThat(local.workingDaysFor(COUNTY_HEAD, LetterType.REPORT)).isEqualTo(10);
            assertThat(local.workingDaysFor(COUNTY_HEAD, LetterType.CONSULTATION)).isEqualTo(3);
            assertThat(policy.workingDaysFor(COUNTY_HEAD, LetterType.COMPLAINT)).as("the original is unchanged").isEqualTo(7);
        }

        @Test
        void aNegativePeriodIsAConfigurationMistake() {
            assertThatThrownBy(() -> policy.withDays(LetterType.OTHER, -1)).hasMessageContaining("办理时限应为0至1000个工作日");
        }
    }

    @Nested
    class DueDateAtSubmission {

        @Test
        void acceptanceCountsTheSameWayAsSubmissionForTheSameType() {
            Letter letter = letterReceived("2025-01-24T16:00", COUNTY_HEAD, LetterType.CONSULTATION);

            assertThat(policy.deadlineAtAcceptance(letter, LetterType.CONSULTATION, CALENDAR))
                    .isEqualTo(policy.deadlineAtSubmission(letter.content(), letter.submittedAt(), CALENDAR));
        }

        @Test
        void aMailboxsOwnPeriodAppliesFromSubmission() {
            DeadlinePolicy local = policy.withMailboxPeriods(countyHeadComplaintsIn(5));
            Letter letter = letterReceived("2025-11-03T10:00", COUNTY_HEAD, LetterType.COMPLAINT);

            assertThat(local.deadlineAtSubmission(letter.content(), letter.submittedAt(), CALENDAR).due())
                    .isEqualTo(LocalDate.of(2025, 11, 10));
        }
    }

    @Nested
    class DueDateAtAcceptance {

        @ParameterizedTest(name = "a {1} received {0} is due {2}")
        @CsvSource({
                // Friday before 春节 2025: Sunday 01-26 is worked, 01-28 to 02-04 off, Saturday 02-08 worked.
                "2025-01-24T16:00, CONSULTATION, 2025-02-05",
                "2025-01-24T16:00, COMPLAINT, 2025-02-10",
                // Friday before 春节 2026: Saturday 02-14 worked, 02-16 to 02-23 off, Saturday 02-28 worked.
                "2026-02-13T09:00, CONSULTATION, 2026-02-25",
                "2026-02-13T09:00, SUGGESTION, 2026-03-02",
                // Written on Saturday 2026-10-03 during 国庆节: counting starts on Thursday 10-08, Saturday 10-10 is worked.
                "2026-10-03T20:00, CONSULTATION, 2026-10-10",
                // Written at 23:30 Shanghai time on Tuesday 2025-09-30 (15:30 UTC): received that day, not the next;
                // 10-09 and 10-10 count, and the worked Saturday 10-11 is the third day.
                "2025-09-30T23:30, CONSULTATION, 2025-10-11",
                // An ordinary week: Monday to Thursday.
                "2025-11-03T10:00, CONSULTATION, 2025-11-06",
                // Written on Friday 2026-09-25, 中秋节 itself: counting starts on Monday 09-28.
                "2026-09-25T17:30, CONSULTATION, 2026-09-30",
                // The last working day before 国庆节 2026 (10-01 to 10-07 off, Saturday 10-10 worked).
                "2026-09-30T17:30, CONSULTATION, 2026-10-10",
        })
        void theDueDateCountsWorkingDaysAfterTheDayOfReceiptOnTheHolidayCalendar(String received, LetterType type, LocalDate due) {
            Letter letter = letterReceived(received, COUNTY_HEAD, type);

            assertThat(letter.status().label()).isEqualTo("待受理");
            assertThat(letter.dueDate()).as("fixed as soon as the citizen writes, for the chosen type").contains(due);

            Deadline deadline = policy.deadlineAtAcceptance(letter, type, CALENDAR);

            assertThat(deadline.due()).isEqualTo(due);
            assertThat(deadline.received()).isEqualTo(letter.receivedOn());
        }

        @Test
        void theDeadlineExplainsItselfToTheCitizenAndIsFixedInTheLetter() {
            Letter letter = letterReceived("2025-01-24T16:00", COUNTY_HEAD, LetterType.CONSULTATION);
            Deadline deadline = policy.deadlineAtAcceptance(letter, LetterType.CONSULTATION, CALENDAR);

            letter.accept(DISPATCHER, shanghai("2025-01-26T09:00"), LetterType.CONSULTATION, deadline);

            assertThat(letter.dueDate()).contains(LocalDate.of(2025, 2, 5));
            assertThat(deadline.summary()).startsWith("2025年1月24日（星期五）收到，收到当日不计，自次日起算3个工作日，截止2025年2月5日（星期三）24时。")
                    .contains("春节");
        }

        @Test
        void aCorrectedTypeTakesTheMailboxsOwnPeriodInForceAtAcceptance() {
            DeadlinePolicy local = policy.withMailboxPeriods(countyHeadComplaintsIn(5));
            Letter letter = letterReceived("2025-11-03T10:00", COUNTY_HEAD, LetterType.CONSULTATION);

            assertThat(local.deadlineAtAcceptance(letter, LetterType.COMPLAINT, CALENDAR).due()).isEqualTo(LocalDate.of(2025, 11, 10));
        }

        @Test
        void aPeriodChangedAfterTheCitizenWroteDoesNotMoveTheDateTheyWereToldWhenTheTypeStays() {
            Letter letter = letterReceived("2025-11-03T10:00", COUNTY_HEAD, LetterType.COMPLAINT);
            assertThat(letter.dueDate()).contains(LocalDate.of(2025, 11, 12));
            DeadlinePolicy shortened = policy.withMailboxPeriods(countyHeadComplaintsIn(5));

            Deadline atAcceptance = shortened.deadlineAtAcceptance(letter, LetterType.COMPLAINT, CALENDAR);

            assertThat(atAcceptance.due()).isEqualTo(LocalDate.of(2025, 11, 12));
            assertThat(atAcceptance.workingDays()).isEqualTo(7);
            assertThat(shortened.deadlineAtSubmission(letter.content(), shanghai("2025-11-04T10:00"), CALENDAR).due())
                .as("a letter written after the change gets the new period").isEqualTo(LocalDate.of(2025, 11, 11));
        }

        @Test
        void theConfirmedTypeDecidesNotTheOneTheCitizenChose() {
            Letter letter = letterReceived("2025-11-03T10:00", COUNTY_HEAD, LetterType.COMPLAINT);

            assertThat(policy.deadlineAtAcceptance(letter, LetterType.CONSULTATION, CALENDAR).workingDays()).isEqualTo(3);
        }
    }

    @Nested
    class Supervision {

        @ParameterizedTest(name = "due {0}, on {1}: {2}, {3} left, {4} overdue")
        @CsvSource({
                // Due Thursday 2025-10-09, the first working day after 国庆节.
                "2025-10-09, 2025-09-29, ON_TRACK, 2, 0",
                "2025-10-09, 2025-09-30, DUE_SOON, 1, 0",
                "2025-10-09, 2025-10-05, DUE_SOON, 1, 0",
                "2025-10-09, 2025-10-09, DUE_SOON, 0, 0",
                // Due Tuesday 2025-09-30: the holiday does not count as overdue working days.
                "2025-09-30, 2025-10-08, OVERDUE, 0, 0",
                "2025-09-30, 2025-10-09, YELLOW_CARD, 0, 1",
                "2025-09-30, 2025-10-10, YELLOW_CARD, 0, 2",
                // Saturday 2025-10-11 is worked (调休), so it is the third working day overdue.
                "2025-09-30, 2025-10-11, RED_CARD, 0, 3",
                "2025-09-30, 2025-10-13, RED_CARD, 0, 4",
                // Due Friday 2026-02-13: on Monday 02-23 (still 春节) nothing counts yet.
                "2026-02-13, 2026-02-14, YELLOW_CARD, 0, 1",
                "2026-02-13, 2026-02-23, YELLOW_CARD, 0, 1",
                "2026-02-13, 2026-02-25, RED_CARD, 0, 3",
        })
        void aLetterIsDueSoonOverdueOrCardedByWorkingDaysOnTheHolidayCalendar(LocalDate due, LocalDate today,
                DeadlineStanding standing, int left, int overdue) {
            DeadlineCheck check = policy.check(due, today, CALENDAR);

            assertThat(check.standing()).isEqualTo(standing);
            assertThat(check.workingDaysLeft()).isEqualTo(left);
            assertThat(check.workingDaysOverdue()).isEqualTo(overdue);
        }

        @Test
        void theCardThresholdsAreConfigurable() {
            DeadlinePolicy strict = policy.withThresholds(new SupervisionThresholds(2, 2, 5));

            assertThat(strict.check(LocalDate.of(2025, 10, 9), LocalDate.of(2025, 9, 29), CALENDAR).standing())
                    .isEqualTo(DeadlineStanding.DUE_SOON);
            assertThat(strict.check(LocalDate.of(2025, 9, 30), LocalDate.of(2025, 10, 9), CALENDAR).standing())
                    .isEqualTo(DeadlineStanding.OVERDUE);
            assertThat(strict.check(LocalDate.of(2025, 9, 30), LocalDate.of(2025, 10, 11), CALENDAR).standing())
                    .isEqualTo(DeadlineStanding.YELLOW_CARD);
            assertThat(strict.check(LocalDate.of(2025, 9, 30), LocalDate.of(2025, 10, 14), CALENDAR).standing())
                    .isEqualTo(DeadlineStanding.RED_CARD);
        }

        @Test
        void aRedCardMustComeAfterTheYellowCard() {
            assertThatThrownBy(() -> new SupervisionThresholds(1, 3, 3)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new SupervisionThresholds(1, 0, 3)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new SupervisionThresholds(-1, 1, 3)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void theSupervisorReadsTheStandingInChinese() {
            assertThat(policy.check(LocalDate.of(2025, 9, 30), LocalDate.of(2025, 10, 13), CALENDAR).summary())
                    .isEqualTo("超期4个工作日（红牌督办）");
            assertThat(policy.check(LocalDate.of(2025, 10, 9), LocalDate.of(2025, 10, 9), CALENDAR).summary()).isEqualTo("今日到期");
            assertThat(policy.check(LocalDate.of(2025, 10, 9), LocalDate.of(2025, 9, 29), CALENDAR).summary()).isEqualTo("剩余2个工作日");
            assertThat(policy.check(LocalDate.of(2025, 9, 30), LocalDate.of(2025, 10, 8), CALENDAR).summary())
                    .isEqualTo("已超过截止日期（9月30日）");
        }

        @Test
        void aLetterNoDispatcherHasOpenedIsSupervisedLikeAnyOtherButARefusedOneIsNot() {
            Letter letter = letterReceived("2025-09-29T10:00", COUNTY_HEAD, LetterType.CONSULTATION);

            assertThat(policy.check(letter, LocalDate.of(2025, 10, 14), CALENDAR))
                    .hasValueSatisfying(c -> assertThat(c.standing()).isEqualTo(DeadlineStanding.RED_CARD));

            letter.rejectAsInvalid(DISPATCHER, shanghai("2025-10-14T09:00"), "广告");
            assertThat(policy.check(letter, LocalDate.of(2025, 10, 14), CALENDAR)).isEmpty();
        }

        @Test
        void anAnsweredLetterIsNotSupervised() {
            Letter letter = letterReceived("2025-09-29T10:00", COUNTY_HEAD, LetterType.CONSULTATION);

            letter.accept(DISPATCHER, shanghai("2025-09-29T11:00"), LetterType.CONSULTATION,
                    policy.deadlineAtAcceptance(letter, LetterType.CONSULTATION, CALENDAR));
            letter.assign(DISPATCHER, shanghai("2025-09-29T11:05"), Assignment.to("housing"), null);

            // Received Monday 2025-09-29, 3 working days: 09-30, 10-09, 10-10. On Monday 10-13 two working days
            // late, because Saturday 10-11 was worked: a yellow card; on 10-14 the third, a red card.
            assertThat(letter.dueDate()).contains(LocalDate.of(2025, 10, 10));
            assertThat(policy.check(letter, LocalDate.of(2025, 10, 13), CALENDAR))
                    .hasValueSatisfying(c -> assertThat(c.standing()).isEqualTo(DeadlineStanding.YELLOW_CARD));
            assertThat(policy.check(letter, LocalDate.of(2025, 10, 14), CALENDAR))
                    .hasValueSatisfying(c -> assertThat(c.standing()).isEqualTo(DeadlineStanding.RED_CARD));
        }
    }
}
