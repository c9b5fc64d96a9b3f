package io.zhengtong.mailbox.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhengtong.mailbox.letter.Actor;
import io.zhengtong.mailbox.letter.Assignment;
import io.zhengtong.mailbox.letter.Contact;
import io.zhengtong.mailbox.letter.Letter;
import io.zhengtong.mailbox.letter.LetterContent;
import io.zhengtong.mailbox.letter.LetterId;
import io.zhengtong.mailbox.letter.LetterType;
import io.zhengtong.mailbox.letter.Mailbox;
import io.zhengtong.mailbox.letter.Role;
import io.zhengtong.mailbox.tracking.TrackingCode;
import io.zhengtong.platform.calendar.WorkingDayCalendar;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The OA shows people by name (刘洋), not by account (liu.yang). */
class DisplayNamesTest {

    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.onSeedSchedule();
    static final Actor DISPATCHER = Actor.staff("lin.xue", "林雪", "gov-office", Role.DISPATCHER);
    static final Actor LEADER = Actor.staff("liu.yang", "刘洋", "gov-office", Role.LEADER);
    static final Actor CLERK = Actor.staff("zhao.lei", "赵磊", "housing", Role.STAFF);
    static final Instant RECEIVED = LocalDateTime.parse("2025-09-29T10:00").atZone(WorkingDayCalendar.ZONE).toInstant();

    static Letter accepted() {
        LetterContent content = new LetterContent(new Mailbox("county-head", "县长信箱", "gov-office"), LetterType.COMPLAINT,
                "小区门口路灯坏了", "路灯坏了三个月，请尽快维修。", new Contact("张三", "13812341234", null, null), true);
        Letter letter = Letter.submit(LetterId.random(), content, TrackingCode.generate(new SplittableRandom(5)),
                "{bcrypt}hash", Actor.writer(null, "张三"), RECEIVED);
        letter.accept(DISPATCHER, RECEIVED.plusSeconds(60), LetterType.COMPLAINT, CALENDAR.compute(letter.receivedOn(), 7));
        return letter;
    }

    @Test
    void theLeaderTheDispatcherPickedIsShownByTheNameTheDispatcherPicked() {
        Letter letter = accepted();
        letter.forwardToLeader(DISPATCHER, RECEIVED.plusSeconds(120), "liu.yang", "刘洋", null);

        assertThat(DisplayNames.designatedLeader(letter)).isEqualTo("刘洋");
    }

    @Test
    void aLeaderPickedWithoutANameIsShownByTheNameTheyInstructedUnder() {
        Letter letter = accepted();
        letter.forwardToLeader(DISPATCHER, RECEIVED.plusSeconds(120), "liu.yang", null, null);
        assertThat(DisplayNames.designatedLeader(letter)).as("not acted yet: no name known").isNull();

        letter.instruct(LEADER, RECEIVED.plusSeconds(180), Assignment.to("housing"), "请住建局办理");
        assertThat(DisplayNames.designatedLeader(letter)).isEqualTo("刘洋");
    }

    @Test
    void aLetterAssignedDirectlyHasNoLeaderName() {
        Letter letter = accepted();
        letter.assign(DISPATCHER, RECEIVED.plusSeconds(120), Assignment.to("housing"), null);

        assertThat(DisplayNames.designatedLeader(letter)).isNull();
    }

    @Test
    void theClerkWhoAskedForDaysAndDraftedTheReplyIsNamedFromTheLettersHistory() {
        Letter letter = accepted();
        letter.assign(DISPATCHER, RECEIVED.plusSeconds(120), Assignment.to("housing"), null);
        letter.signFor(CLERK, RECEIVED.plusSeconds(180));
        letter.requestExtension(CLERK, RECEIVED.plusSeconds(240), 2, "需协调供电公司");

        assertThat(DisplayNames.actedAs(letter.history(), "zhao.lei")).isEqualTo("赵磊");
        assertThat(DisplayNames.actedAs(letter.history(), "someone.else")).isNull();
        assertThat(DisplayNames.actedAs(letter.history(), null)).isNull();
    }
}
