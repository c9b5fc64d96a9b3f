package io.zhengtong.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhengtong.mailbox.deadline.DeadlinePolicy;
import io.zhengtong.mailbox.letter.LetterType;
import io.zhengtong.mailbox.letter.Mailbox;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class DeadlineSettingsTest {

    private static final Mailbox EDUCATION = new Mailbox("education", "县教育局信箱", "education");

    /** The settings as Spring binds them from properties (what application.yml or the environment says). */
    private static DeadlineSettings bound(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bind(DeadlineSettings.PREFIX, DeadlineSettings.class)
            .orElse(new DeadlineSettings(null, null));
    }

    @Test
    void withNothingConfiguredConsultationsHaveThreeWorkingDaysAndTheOthersSeven() {
        DeadlinePolicy policy = bound(Map.of()).applyTo(DeadlinePolicy.standard());

        assertThat(policy.workingDaysFor(EDUCATION, LetterType.CONSULTATION)).isEqualTo(3);
        assertThat(policy.workingDaysFor(EDUCATION, LetterType.REPORT)).isEqualTo(7);
    }

    @Test
    void aPeriodPerTypeHoldsForEveryMailboxWithoutItsOwn() {
        DeadlinePolicy policy = bound(Map.of(
                "zhengtong.mailbox.deadlines.working-days.consultation", "4",
                "zhengtong.mailbox.deadlines.working-days.COMPLAINT", "10"))
            .applyTo(DeadlinePolicy.standard());

        assertThat(policy.workingDaysFor(EDUCATION, LetterType.CONSULTATION)).isEqualTo(4);
        assertThat(policy.workingDaysFor(EDUCATION, LetterType.COMPLAINT)).isEqualTo(10);
        assertThat(policy.workingDaysFor(EDUCATION, LetterType.REPORT)).isEqualTo(7);
        assertThat(policy.countyWideDays(LetterType.COMPLAINT)).isEqualTo(10);
    }

    @Test
    void everyMistypedTypeAndImpossiblePeriodIsNamedWithItsPropertyBeforeTheServiceStarts() {
        DeadlineSettings wrong = bound(Map.of(
                "zhengtong.mailbox.deadlines.working-days.consultaton", "3",
                "zhengtong.mailbox.deadlines.working-days.complaint", "0"));

        assertThatThrownBy(() -> wrong.applyTo(DeadlinePolicy.standard()))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageStartingWith("办理时限配置有误：")
            .hasMessageContaining("zhengtong.mailbox.deadlines.working-days.consultaton 不是信件类型，可用：consultation（咨询）")
            .hasMessageContaining("zhengtong.mailbox.deadlines.working-days.complaint 应为1至1000个工作日，现为0");
    }

    @Test
    void theFormerPerMailboxKeysStopTheStartAndSayWhatToSetOnTheMailboxScreenInstead() {
        DeadlineSettings old = bound(Map.of(
                "zhengtong.mailbox.deadlines.mailboxes.county-head.consultation", "2",
                "zhengtong.mailbox.deadlines.mailboxes.county-head.report", "5",
                "zhengtong.mailbox.deadlines.mailboxes.education.other", "10"));

        assertThatThrownBy(() -> old.applyTo(DeadlinePolicy.standard()))
            .isInstanceOf(IllegalStateException.class)
            .hasMessage("办理时限配置有误：zhengtong.mailbox.deadlines.mailboxes 已不再使用：各信箱自己的办理时限由平台管理员在办公系统"
                    + "「信箱管理」中设置（保存在数据库，改后对此后收到的来信生效）。请删除该配置，并在「信箱管理」中设置："
                    + "county-head consultation=2、report=5；education other=10");
    }
}
