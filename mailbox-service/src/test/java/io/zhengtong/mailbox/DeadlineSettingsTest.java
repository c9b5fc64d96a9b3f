package io.zhengtong.mailbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhengtong.mailbox.deadline.DeadlinePolicy;
import io.zhengtong.mailbox.letter.LetterType;
import io.zhengtong.mailbox.letter.Mailbox;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class DeadlineSettingsTest {

    private static final Mailbox COUNTY_HEAD = new Mailbox("county-head", "县长信箱", "gov-office");
    private static final Mailbox EDUCATION = new Mailbox("education", "县教育局信箱", "education");

    /** The settings as Spring binds them from properties (what application.yml or the environment says). */
    private static DeadlineSettings bound(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties)).bind(DeadlineSettings.PREFIX, DeadlineSettings.class)
            .orElse(new DeadlineSettings(null, null));
    }

    @Test
    void withNothingConfiguredConsultationsHaveThreeWorkingDaysAndTheOthersSeven() {
        DeadlinePolicy policy = bound(Map.of()).applyTo(DeadlinePolicy.standard());

        assertThat(policy.workingDaysFor(COUNTY_HEAD, LetterType.CONSULTATION)).isEqualTo(3);
        assertThat(policy.workingDaysFor(COUNTY_HEAD, LetterType.REPORT)).isEqualTo(7);
    }

    @Test
    void aPeriodPerTypeHoldsForEveryMailboxAndAMailboxMayHaveItsOwn() {
        DeadlinePolicy policy = bound(Map.of(
                "zhengtong.mailbox.deadlines.working-days.consultation", "4",
                "zhengtong.mailbox.deadlines.working-days.COMPLAINT", "10",
                "zhengtong.mailbox.deadlines.mailboxes.county-head.consultation", "2",
                "zhengtong.mailbox.deadlines.mailboxes.county-head.report", "5"))
            .applyTo(DeadlinePolicy.standard());

        assertThat(policy.workingDaysFor(EDUCATION, LetterType.CONSULTATION)).isEqualTo(4);
        assertThat(policy.workingDaysFor(EDUCATION, LetterType.COMPLAINT)).isEqualTo(10);
        assertThat(policy.workingDaysFor(EDUCATION, LetterType.REPORT)).isEqualTo(7);
        assertThat(policy.workingDaysFor(COUNTY_HEAD, LetterType.CONSULTATION)).isEqualTo(2);
        assertThat(policy.workingDaysFor(COUNTY_HEAD, LetterType.REPORT)).isEqualTo(5);
        // What the county head's mailbox does not override comes from the per-type period.
        assertThat(policy.workingDaysFor(COUNTY_HEAD, LetterType.COMPLAINT)).isEqualTo(10);
    }

    @Test
    void everyMistypedTypeAndImpossiblePeriodIsNamedWithItsPropertyBeforeTheServiceStarts() {
        DeadlineSettings wrong = bound(Map.of(
                "zhengtong.mailbox.deadlines.working-days.consultaton", "3",
                "zhengtong.mailbox.deadlines.working-days.complaint", "0",
                "zhengtong.mailbox.deadlines.mailboxes.county-head.report", "1001"));

        assertThatThrownBy(() -> wrong.applyTo(DeadlinePolicy.standard()))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageStartingWith("办理时限配置有误：")
            .hasMessageContaining("zhengtong.mailbox.deadlines.working-days.consultaton 不是信件类型，可用：consultation（咨询）")
            .hasMessageContaining("zhengtong.mailbox.deadlines.working-days.complaint 应为1至1000个工作日，现为0")
            .hasMessageContaining("zhengtong.mailbox.deadlines.mailboxes.county-head.report 应为1至1000个工作日，现为1001");
    }

    @Test
    void overridesForMailboxesThatDoNotExistAreReported() {
        DeadlineSettings settings = bound(Map.of(
                "zhengtong.mailbox.deadlines.mailboxes.county-head.consultation", "2",
                "zhengtong.mailbox.deadlines.mailboxes.county_haed.consultation", "2"));

        assertThat(settings.unknownMailboxes(List.of("county-head", "party-secretary"))).containsExactly("county_haed");
        assertThat(settings.unknownMailboxes(List.of("county-head", "county_haed"))).isEmpty();
    }
}
