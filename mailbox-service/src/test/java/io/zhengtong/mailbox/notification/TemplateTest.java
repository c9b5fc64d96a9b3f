package io.zhengtong.mailbox.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TemplateTest {

    /** The longest values the county's data gives: the longest mailbox and unit names, a red card. */
    static final Template.Context LONGEST = new Template.Context("凤县人民政府", "ABCD-EFGH-JKMN", "信访局信箱", "咨询",
            LocalDate.of(2026, 12, 31), "凤县住房和城乡建设局", LocalDate.of(2026, 12, 31), 12, "RED");

    @ParameterizedTest
    @EnumSource(Template.class)
    void everySmsFitsInOneChineseTextMessage(Template template) {
        assertThat(template.sms(LONGEST)).hasSizeLessThanOrEqualTo(70).startsWith("【凤县人民政府】");
    }

    @Test
    void theCitizenIsToldTheDayOfTheReplyAndToUseCodeAndPassword() {
        assertThat(Template.ANSWERED.sms(LONGEST))
            .isEqualTo("【凤县人民政府】您的来信（查询码ABCD-EFGH-JKMN）已于12月31日答复，请凭查询码和密码查看。");
    }

    @Test
    void theReceiptNamesTheMailboxAndTheTrackingCode() {
        assertThat(Template.RECEIVED.sms(LONGEST)).contains("信访局信箱", "ABCD-EFGH-JKMN");
    }

    @Test
    void anOverdueNoticeSaysHowLateAndWhichCard() {
        assertThat(Template.OVERDUE.sms(LONGEST)).contains("期限12月31日", "已超期12个工作日", "红牌督办");
        Template.Context yellow = new Template.Context("凤县人民政府", "ABCD-EFGH-JKMN", "县长信箱", "投诉",
                LocalDate.of(2026, 12, 31), null, null, 1, "YELLOW");
        assertThat(Template.OVERDUE.sms(yellow)).contains("已超期1个工作日，黄牌警告");
        Template.Context justLate = new Template.Context("凤县人民政府", "ABCD-EFGH-JKMN", "县长信箱", "投诉",
                LocalDate.of(2026, 12, 31), null, null, 0, "NONE");
        assertThat(Template.OVERDUE.sms(justLate)).doesNotContain("黄牌", "红牌");
    }

    @Test
    void aLetterPastItsFridayDueDateOnSaturdayIsSaidToBePastItsDueDateNotOverdueByZeroDays() {
        Template.Context saturday = new Template.Context("凤县人民政府", "ABCD-EFGH-JKMN", "县长信箱", "咨询",
                LocalDate.of(2026, 12, 11), null, null, 0, "NONE");

        assertThat(Template.OVERDUE.sms(saturday))
            .isEqualTo("【凤县人民政府】贵单位办理的来信（查询码ABCD-EFGH-JKMN）已超过截止日期（12月11日），请尽快办理答复。")
            .doesNotContain("0个工作日");
        assertThat(Template.OVERDUE.emailBody(saturday)).contains("已超过截止日期（12月11日）");
    }

    @Test
    void aDueSoonNoticeTellsTheUnitTheDueDate() {
        assertThat(Template.DUE_SOON.sms(LONGEST))
            .isEqualTo("【凤县人民政府】贵单位办理的来信（查询码ABCD-EFGH-JKMN）将于12月31日到期，请抓紧办理，按时答复。");
        assertThat(Template.DUE_SOON.emailSubject(LONGEST)).isEqualTo("【凤县人民政府】来信即将到期");
    }

    @Test
    void theCitizenHearsWhichUnitHandlesTheLetterAndByWhen() {
        assertThat(Template.HANDED_OVER.sms(LONGEST)).contains("凤县住房和城乡建设局", "12月31日前答复");
    }

    @ParameterizedTest
    @EnumSource(Template.class)
    void anEmailHasTheSignatureInItsSubjectAndSaysItIsAutomatic(Template template) {
        assertThat(template.emailSubject(LONGEST)).startsWith("【凤县人民政府】");
        assertThat(template.emailBody(LONGEST)).contains("ABCD-EFGH-JKMN", "此邮件由系统自动发送，请勿直接回复。");
    }

    @ParameterizedTest
    @EnumSource(Template.class)
    void noTextEverMentionsThePasswordItself(Template template) {
        // "密码" appears only in "凭查询码和密码查看": the password is never known here, only its hash.
        assertThat(template.sms(LONGEST).replace("查询码和密码", "")).doesNotContain("密码");
    }

    @Test
    void aLongRejectionReasonIsShortenedInTheSmsToOneMessageButGivenInFullByEmail() {
        String reason = "经核实，您反映的问题属于民事纠纷，不属于行政机关职责范围，建议通过人民调解或者向人民法院提起诉讼等法定途径解决。";
        Template.Context rejected = LONGEST.withReason(reason);

        assertThat(Template.REJECTED.sms(rejected)).hasSize(70).endsWith("…。")
            .startsWith("【凤县人民政府】您的来信（查询码ABCD-EFGH-JKMN）不予受理，理由：经核实，您反映的问题");
        assertThat(Template.REJECTED.emailBody(rejected)).contains("理由：" + reason).doesNotContain("。。");
        assertThat(Template.REJECTED.sms(LONGEST.withReason("不属于本信箱受理范围。")))
            .isEqualTo("【凤县人民政府】您的来信（查询码ABCD-EFGH-JKMN）不予受理，理由：不属于本信箱受理范围。");
    }

    @Test
    void aLeaderHearsALetterWaitsForTheirInstructionAndLaterThatItWasTakenBackWithTheReason() {
        assertThat(Template.FORWARDED_TO_LEADER.sms(LONGEST))
            .isEqualTo("【凤县人民政府】信访局信箱来信（咨询，查询码ABCD-EFGH-JKMN）已呈送您批办，请及时登录办公系统批示。");
        String reason = "刘县长已赴市里参加防汛会议，本周不在县里，此件改由分管副县长批办，请知悉并不再处理。";
        assertThat(Template.WITHDRAWN_FROM_LEADER.sms(LONGEST.withReason(reason))).hasSize(70).endsWith("…。")
            .startsWith("【凤县人民政府】呈送您批办的来信（查询码ABCD-EFGH-JKMN）已撤回，理由：刘县长");
        assertThat(Template.WITHDRAWN_FROM_LEADER.emailBody(LONGEST.withReason(reason))).contains("理由：" + reason);
        assertThat(Template.WITHDRAWN_FROM_LEADER.sms(LONGEST))
            .isEqualTo("【凤县人民政府】呈送您批办的来信（查询码ABCD-EFGH-JKMN）已撤回，理由：请登录办公系统查看。");
    }

    @Test
    void theLeadUnitHearsWhichAssistingUnitWroteItsOpinion() {
        assertThat(Template.ASSISTING_OPINION.sms(LONGEST))
            .isEqualTo("【凤县人民政府】凤县住房和城乡建设局已就贵单位主办的来信（查询码ABCD-EFGH-JKMN）提交协办意见，请登录办公系统查看。");
        assertThat(Template.ASSISTING_OPINION.emailSubject(LONGEST)).isEqualTo("【凤县人民政府】协办意见已提交");
    }
}
