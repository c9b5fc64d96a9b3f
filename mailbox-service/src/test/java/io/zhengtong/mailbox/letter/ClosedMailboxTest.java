package io.zhengtong.mailbox.letter;

import static io.zhengtong.mailbox.letter.Scenes.CALENDAR;
import static io.zhengtong.mailbox.letter.Scenes.RECEIVED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhengtong.platform.problem.DomainRuleViolation;
import io.zhengtong.platform.problem.PlatformProblemHandler.FieldError;
import io.zhengtong.platform.calendar.WorkingDayCalendar;
import org.junit.jupiter.api.Test;

/** A mailbox closed by the platform administrator takes no new letter (its letters: MailboxAdministrationIT). */
class ClosedMailboxTest {

    private static final Mailbox CLOSED = new Mailbox("county-head", "县长信箱", "gov-office", false);

    @Test
    void aLetterToAClosedMailboxIsRefusedWithTheMailboxNamedOnTheFormsMailboxField() {
        LetterContent content = new LetterContent(CLOSED, LetterType.COMPLAINT, "路灯不亮", "凤州大道南段路灯不亮。", null, false);

        assertThatThrownBy(() -> Letter.submit(LetterId.random(), content, Scenes.newCode(), "h", Actor.writer(null, null),
                RECEIVED, CALENDAR.compute(WorkingDayCalendar.dateOf(RECEIVED), 7)))
            .isInstanceOfSatisfying(DomainRuleViolation.class, e -> {
                assertThat(e.status().value()).isEqualTo(422);
                assertThat(e.code()).isEqualTo("mailbox-closed");
                assertThat(e.getMessage()).isEqualTo("「县长信箱」已停止接收新的来信，请选择其他信箱。");
                assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("mailbox");
            });
    }
}
