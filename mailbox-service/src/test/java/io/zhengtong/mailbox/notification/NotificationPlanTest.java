package io.zhengtong.mailbox.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.zhengtong.mailbox.notification.NotificationProperties.UnitContact;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NotificationPlanTest {

    static final LocalDate DUE = LocalDate.of(2026, 12, 1);

    final NotificationPlan plan = new NotificationPlan("凤县人民政府",
            Map.of("petition", new UnitContact("xfj@example.gov.cn", "13900000001"),
                    "housing", new UnitContact("zjj@example.gov.cn", null),
                    "education", new UnitContact(null, "13900000003"))::get,
            code -> Map.of("housing", "凤县住房和城乡建设局").getOrDefault(code, "承办单位"));

    final NotificationPlan.Letter named = new NotificationPlan.Letter("ABCD-EFGH-JKMN", "信访局信箱", "投诉", "13812345678",
            "zhang@example.com");
    final NotificationPlan.Letter anonymous = new NotificationPlan.Letter("ABCD-EFGH-JKMN", "信访局信箱", "投诉", null, null);

    static LetterEventData event(String leadUnit, List<String> assisting) {
        return new LetterEventData(new LetterEventData.Facts("f3c1a7de-0000-4000-8000-000000000001", "petition", "petition",
                "COMPLAINT", "ASSIGNED", DUE, leadUnit, assisting, true), null, null, null, null, null);
    }

    @Test
    void aSubmittedLetterTellsTheWriterByBothChannelsAndTheMailboxUnitThatANewLetterWaits() {
        List<Notice> notices = plan.notices(Occasion.SUBMITTED, event(null, List.of()), named, null);

        assertThat(notices).extracting(Notice::audience, Notice::recipientRef, Notice::channel, Notice::address, Notice::template)
            .containsExactly(
                    tuple(Audience.CITIZEN, "citizen", Channel.SMS, "13812345678", Template.RECEIVED),
                    tuple(Audience.CITIZEN, "citizen", Channel.EMAIL, "zhang@example.com", Template.RECEIVED),
                    tuple(Audience.UNIT, "petition", Channel.SMS, "13900000001", Template.NEW_LETTER),
                    tuple(Audience.UNIT, "petition", Channel.EMAIL, "xfj@example.gov.cn", Template.NEW_LETTER));
        assertThat(notices.get(0).text()).contains("ABCD-EFGH-JKMN");
    }

    @Test
    void anAnonymousLetterWithoutContactNotifiesNoCitizen() {
        for (Occasion occasion : Occasion.values()) {
            assertThat(plan.notices(occasion, event("housing", List.of()), anonymous, DUE))
                .noneMatch(notice -> notice.audience() == Audience.CITIZEN);
        }
    }

    @Test
    void aWriterWhoLeftOnlyAPhoneGetsOnlyTheSms() {
        NotificationPlan.Letter phoneOnly = new NotificationPlan.Letter("ABCD-EFGH-JKMN", "信访局信箱", "投诉", "13812345678", " ");
        assertThat(plan.notices(Occasion.REPLIED, event("housing", List.of()), phoneOnly, DUE))
            .extracting(Notice::channel).containsExactly(Channel.SMS);
    }

    @Test
    void anAssignedLetterTellsTheLeadUnitTheAssistingUnitsAndTheWriterWhoHandlesIt() {
        List<Notice> notices = plan.notices(Occasion.INSTRUCTED, event("housing", List.of("education", "housing")), named, null);

        assertThat(notices).extracting(Notice::recipientRef, Notice::channel, Notice::template).containsExactly(
                tuple("housing", Channel.EMAIL, Template.ASSIGNED),
                tuple("education", Channel.SMS, Template.ASSISTING),
                tuple("citizen", Channel.SMS, Template.HANDED_OVER),
                tuple("citizen", Channel.EMAIL, Template.HANDED_OVER));
        assertThat(notices.get(2).text()).contains("凤县住房和城乡建设局", "12月1日前答复");
    }

    @Test
    void aUnitWithoutConfiguredAddressesIsNotNotified() {
        assertThat(plan.notices(Occasion.ASSIGNED, event("power-supply", List.of()), anonymous, null)).isEmpty();
    }

    @Test
    void whetherAnEventTellsAnyoneIsKnownWithoutTheLetterFromTheWritersReachabilityAndTheUnitsAddresses() {
        LetterEventData unreachable = new LetterEventData(new LetterEventData.Facts("f3c1a7de-0000-4000-8000-000000000001",
                "power-supply", "power-supply", "COMPLAINT", "ASSIGNED", DUE, "power-supply", List.of(), false),
                null, null, null, null, null);

        assertThat(plan.reachesAnyone(Occasion.SUBMITTED, event(null, List.of()))).isTrue();
        assertThat(plan.reachesAnyone(Occasion.SUBMITTED, unreachable)).isFalse();
        assertThat(plan.reachesAnyone(Occasion.REJECTED, unreachable)).isFalse();
        assertThat(plan.reachesAnyone(Occasion.MERGED, unreachable)).isFalse();
        // An anonymous letter's reply may still reach the writers of the letters merged into it.
        assertThat(plan.reachesAnyone(Occasion.REPLIED, unreachable)).isTrue();
        assertThat(plan.reachesAnyone(Occasion.OVERDUE, unreachable)).isFalse();
        LetterEventData withAssistingUnit = new LetterEventData(new LetterEventData.Facts(unreachable.letter().letterId(),
                "power-supply", "power-supply", "COMPLAINT", "ASSIGNED", DUE, "power-supply", List.of("education"), false),
                null, null, null, null, null);
        assertThat(plan.reachesAnyone(Occasion.ASSIGNED, withAssistingUnit)).isTrue();
    }

    @Test
    void theReleasedReplyTellsOnlyTheWriterWithTheDayItWasAnswered() {
        List<Notice> notices = plan.notices(Occasion.REPLIED, event("housing", List.of()), named, LocalDate.of(2026, 11, 22));

        assertThat(notices).extracting(Notice::audience).containsOnly(Audience.CITIZEN);
        assertThat(notices.get(0).text()).isEqualTo("【凤县人民政府】您的来信（查询码ABCD-EFGH-JKMN）已于11月22日答复，请凭查询码和密码查看。");
    }

    @Test
    void anOverdueLetterGoesToTheUnitTheEventNamesAndNeverToTheWriter() {
        LetterEventData overdue = new LetterEventData(event("housing", List.of()).letter(), null, "RED", 3, DUE, "housing");

        List<Notice> notices = plan.notices(Occasion.OVERDUE, overdue, named, null);

        assertThat(notices).extracting(Notice::recipientRef, Notice::channel).containsExactly(tuple("housing", Channel.EMAIL));
        assertThat(notices.get(0).text()).contains("已超期3个工作日", "红牌督办");
    }

    @Test
    void aLetterDueSoonIsAnnouncedToItsHandlingUnitWithTheDueDateAndNeverToTheWriter() {
        LetterEventData dueSoon = new LetterEventData(event("housing", List.of()).letter(), null, null, null, DUE, "housing");

        List<Notice> notices = plan.notices(Occasion.DUE_SOON, dueSoon, named, null);

        assertThat(notices).extracting(Notice::recipientRef, Notice::channel).containsExactly(tuple("housing", Channel.EMAIL));
        assertThat(notices.get(0).template()).isEqualTo(Template.DUE_SOON);
        assertThat(notices.get(0).text()).contains("查询码ABCD-EFGH-JKMN", "将于" + DUE.getMonthValue() + "月" + DUE.getDayOfMonth() + "日到期");
    }

    @Test
    void aLetterDueSoonStillWithTheDispatcherIsAnnouncedToTheMailboxUnit() {
        LetterEventData dueSoon = new LetterEventData(event(null, List.of()).letter(), null, null, null, DUE, null);

        assertThat(plan.notices(Occasion.DUE_SOON, dueSoon, named, null)).extracting(Notice::recipientRef).containsOnly("petition");
    }

    @Test
    void anOverdueLetterNotYetAssignedGoesToTheMailboxUnit() {
        LetterEventData overdue = new LetterEventData(event(null, List.of()).letter(), null, "YELLOW", 1, DUE, null);

        assertThat(plan.notices(Occasion.OVERDUE, overdue, named, null)).extracting(Notice::recipientRef).containsOnly("petition");
    }

    @Test
    void aUnitNoticeNamesNeitherTheWriterNorTheirAddress() {
        for (Notice notice : plan.notices(Occasion.SUBMITTED, event(null, List.of()), named, null)) {
            if (notice.audience() == Audience.UNIT) {
                assertThat(notice.text()).doesNotContain("13812345678", "zhang@example.com");
            }
        }
    }

    @Test
    void theLogKeepsOnlyTheMaskedAddress() {
        List<Notice> notices = plan.notices(Occasion.SUBMITTED, event(null, List.of()), named, null);
        assertThat(notices).extracting(Notice::maskedAddress).startsWith("138****5678", "z***@example.com");
        assertThat(notices.get(0).toString()).doesNotContain("13812345678");
    }

    @Test
    void aRejectedLetterTellsItsWriterTheReasonAndNoUnit() {
        NotificationPlan.Letter rejected = new NotificationPlan.Letter("ABCD-EFGH-JKMN", "信访局信箱", "投诉", "13812345678",
                "zhang@example.com", "来信内容与本县行政事务无关，请向相关部门反映。");

        List<Notice> notices = plan.notices(Occasion.REJECTED, event(null, List.of()), rejected, null);

        assertThat(notices).extracting(Notice::audience, Notice::channel, Notice::template).containsExactly(
                tuple(Audience.CITIZEN, Channel.SMS, Template.REJECTED), tuple(Audience.CITIZEN, Channel.EMAIL, Template.REJECTED));
        assertThat(notices.get(0).text()).isEqualTo(
                "【凤县人民政府】您的来信（查询码ABCD-EFGH-JKMN）不予受理，理由：来信内容与本县行政事务无关，请向相关部门反映。");
        assertThat(notices.get(1).subject()).isEqualTo("【凤县人民政府】您的来信不予受理");
        assertThat(notices.get(1).text()).contains("您写给信访局信箱的来信（查询码ABCD-EFGH-JKMN）经审查不予受理，理由：来信内容与本县行政事务无关");
    }

    @Test
    void aMergedLetterTellsItsWriterWhereToFollowIt() {
        assertThat(plan.notices(Occasion.MERGED, event(null, List.of()), named, null))
            .extracting(Notice::audience, Notice::channel, Notice::template).containsExactly(
                    tuple(Audience.CITIZEN, Channel.SMS, Template.MERGED), tuple(Audience.CITIZEN, Channel.EMAIL, Template.MERGED));
    }

    @Test
    void whenTheOriginalIsAnsweredEveryReachableWriterOfAMergedLetterHearsItUnderTheirOwnCode() {
        NotificationPlan.Letter first = new NotificationPlan.Letter("DUPA-EFGH-JKMN", "信访局信箱", "投诉", "13811112222", null);
        NotificationPlan.Letter second = new NotificationPlan.Letter("DUPB-EFGH-JKMN", "信访局信箱", "投诉", null, "li@example.com");
        NotificationPlan.Letter silent = new NotificationPlan.Letter("DUPC-EFGH-JKMN", "信访局信箱", "投诉", null, null);

        List<Notice> notices = plan.toDuplicates(Occasion.REPLIED, event("housing", List.of()), List.of(first, second, silent),
                LocalDate.of(2026, 11, 20));

        assertThat(notices).extracting(Notice::audience, Notice::recipientRef, Notice::channel, Notice::address, Notice::template)
            .containsExactly(
                    tuple(Audience.CITIZEN, "duplicate:DUPA-EFGH-JKMN", Channel.SMS, "13811112222", Template.MERGED_ANSWERED),
                    tuple(Audience.CITIZEN, "duplicate:DUPB-EFGH-JKMN", Channel.EMAIL, "li@example.com", Template.MERGED_ANSWERED));
        assertThat(notices.get(0).text())
            .isEqualTo("【凤县人民政府】您的来信（查询码DUPA-EFGH-JKMN）合并办理的事项已于11月20日答复，请凭查询码和密码查看。");
        for (Occasion other : Occasion.values()) {
            if (other != Occasion.REPLIED) {
                assertThat(plan.toDuplicates(other, event("housing", List.of()), List.of(first), DUE)).isEmpty();
            }
        }
    }
}
