package io.zhengtong.mailbox.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhengtong.mailbox.letter.Actor;
import io.zhengtong.mailbox.letter.Assignment;
import io.zhengtong.mailbox.letter.Contact;
import io.zhengtong.mailbox.letter.Letter;
import io.zhengtong.mailbox.letter.LetterContent;
import io.zhengtong.mailbox.letter.LetterId;
import io.zhengtong.mailbox.letter.LetterType;
import io.zhengtong.mailbox.letter.Mailbox;
import io.zhengtong.mailbox.letter.Rating;
import io.zhengtong.mailbox.letter.Role;
import io.zhengtong.mailbox.tracking.TrackingCode;
import io.zhengtong.platform.calendar.WorkingDayCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The due date a clerk reads on a letter, with its working, from acceptance through extension and reopening. */
class LetterDeadlineTest {

    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.onSeedSchedule();
    static final Mailbox PETITION = new Mailbox("petition", "信访局信箱", "petition");
    static final Actor DISPATCHER = Actor.staff("wang.fang", "王芳", "petition", Role.DISPATCHER);
    static final Actor CLERK = Actor.staff("zhao.lei", "赵磊", "housing", Role.STAFF);

    static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WorkingDayCalendar.ZONE).toInstant();
    }

    /** Written Monday 2025-09-29 at 10:00, before 国庆节 and 中秋节: due by the standard period of its type. */
    static Letter written(LetterType type, Contact contact, int seed) {
        LetterContent content = new LetterContent(PETITION, type, "路灯", "路灯坏了。", contact, false);
        Instant at = shanghai("2025-09-29T10:00");
        return Letter.submit(LetterId.random(), content, TrackingCode.generate(new SplittableRandom(seed)), "{bcrypt}x",
                Actor.writer(null, contact.name()), at, DeadlinePolicy.standard().deadlineAtSubmission(content, at, CALENDAR));
    }

    /** Received Monday 2025-09-29, before 国庆节 and 中秋节; accepted as a complaint (7 working days). */
    static Letter acceptedComplaint() {
        Letter letter = written(LetterType.COMPLAINT, new Contact("张三", "13812341234", null, null), 7);
        letter.accept(DISPATCHER, shanghai("2025-09-29T11:00"), LetterType.COMPLAINT,
                CALENDAR.compute(letter.receivedOn(), 7));
        return letter;
    }

    @Test
    void aNewLetterShowsItsDueDateAndHowItWasCountedBeforeAnyDispatcherOpensIt() {
        LetterDeadline deadline = LetterDeadline.of(written(LetterType.OTHER, Contact.anonymous(), 8), CALENDAR).orElseThrow();

        // Due date, working days and explanation: as they stay once a seven-day letter is accepted (next test).
        assertThat(deadline).isEqualTo(LetterDeadline.of(acceptedComplaint(), CALENDAR).orElseThrow());
        assertThat(deadline.dueDate()).isEqualTo(LocalDate.parse("2025-10-15"));
    }

    @Test
    void aRefusedLetterHasNoDeadline() {
        Letter letter = written(LetterType.OTHER, Contact.anonymous(), 9);

        letter.rejectAsInvalid(DISPATCHER, shanghai("2025-09-29T11:00"), "广告");

        assertThat(LetterDeadline.of(letter, CALENDAR)).isEmpty();
        assertThat(letter.dueDate()).isEmpty();
    }

    @Test
    void anAcceptedLetterShowsItsDueDateWorkingDaysAndTheHolidaysSkipped() {
        LetterDeadline deadline = LetterDeadline.of(acceptedComplaint(), CALENDAR).orElseThrow();

        assertThat(deadline.dueDate()).isEqualTo(LocalDate.parse("2025-10-15"));
        assertThat(deadline.workingDays()).isEqualTo(7);
        assertThat(deadline.explanation()).startsWith("2025年9月29日（星期一）收到，收到当日不计，自次日起算7个工作日，截止2025年10月15日（星期三）24时。")
            .contains("跳过：").contains("国庆节").contains("计入调休上班日");
    }

    @Test
    void aGrantedExtensionAddsItsDaysAndSaysWhereTheDueDateMoved() {
        Letter letter = acceptedComplaint();
        letter.assign(DISPATCHER, shanghai("2025-10-09T09:00"), Assignment.to("housing"), null);
        letter.requestExtension(CLERK, shanghai("2025-10-09T10:00"), 3, "需等待供电公司");
        letter.grantExtension(DISPATCHER, shanghai("2025-10-09T11:00"), 2, null, CALENDAR);

        LetterDeadline deadline = LetterDeadline.of(letter, CALENDAR).orElseThrow();

        assertThat(deadline.dueDate()).isEqualTo(LocalDate.parse("2025-10-17"));
        assertThat(deadline.workingDays()).isEqualTo(9);
        assertThat(deadline.explanation()).endsWith("经批准延期2个工作日，截止日期顺延至2025年10月17日（星期五）24时。");
    }

    @Test
    void aReopenedLetterSaysItsPeriodStartedAgainOnTheDayOfReopening() {
        Letter letter = acceptedComplaint();
        letter.assign(DISPATCHER, shanghai("2025-10-09T09:00"), Assignment.to("housing"), null);
        letter.signFor(CLERK, shanghai("2025-10-09T09:10"));
        letter.submitReply(CLERK, shanghai("2025-10-09T09:20"), "已修复。");
        letter.approveReply(DISPATCHER, shanghai("2025-10-09T09:30"), null);
        Actor citizen = Actor.citizen(letter.trackingCode());
        letter.rate(citizen, shanghai("2025-10-10T09:00"), Rating.UNSATISFIED, null);
        letter.reopen(citizen, shanghai("2025-10-10T09:05"), "没有修好", CALENDAR);

        LetterDeadline deadline = LetterDeadline.of(letter, CALENDAR).orElseThrow();

        assertThat(deadline.explanation()).startsWith("来信人对答复不满意并申请重新办理，期限自申请之日重新起算：2025年10月10日（星期五）收到");
        assertThat(deadline.workingDays()).isEqualTo(7);
    }
}
