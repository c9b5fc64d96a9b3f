package io.zhengtong.mailbox.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhengtong.platform.problem.DomainRuleViolation;
import org.junit.jupiter.api.Test;

class OverdueReminderNoteTest {

    @Test
    void theAutomaticReminderIsALineInTheHistoryBySystemAndChangesNothingElse() {
        Letter letter = Scenes.inProgress();
        letter.takeEvents();
        letter.noteOverdueReminder(Scenes.NOW, "自动提醒：超期1个工作日（黄牌警告）");
        HistoryEntry line = letter.history().getLast();
        assertThat(line.action()).isEqualTo(LetterAction.OVERDUE_REMINDER);
        assertThat(line.role()).isNull();
        assertThat(line.statusAfter()).isEqualTo(LetterStatus.IN_PROGRESS);
        assertThat(line.describe()).isEqualTo("系统超期自动提醒：自动提醒：超期1个工作日（黄牌警告）");
        assertThat(letter.status()).isEqualTo(LetterStatus.IN_PROGRESS);
        assertThat(letter.events()).isEmpty();
    }

    @Test
    void aLetterNotWaitingForItsAnswerIsNeverReminded() {
        assertThatThrownBy(() -> Scenes.rejected().noteOverdueReminder(Scenes.NOW, "x"))
            .isInstanceOf(DomainRuleViolation.class);
        assertThatThrownBy(() -> Scenes.merged().noteOverdueReminder(Scenes.NOW, "x"))
            .isInstanceOf(DomainRuleViolation.class);
    }
}
