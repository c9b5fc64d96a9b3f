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

    // --- with the organisation directory: units without configured addresses, and leaders, are looked up

    final NotificationPlan withDirectory = new NotificationPlan("凤县人民政府",
            Map.of("petition", new UnitContact("xfj@example.gov.cn", "13900000001"))::get,
            code -> Map.of("housing", "凤县住房和城乡建设局", "education", "凤县教育局").get(code), true);

    static LetterEventData event(LetterEventData.Facts facts, String actingUnit) {
        return new LetterEventData(facts, null, null, null, null, null, new LetterEventData.ActedBy("someone", actingUnit, "STAFF"));
    }

    static LetterEventData.Facts facts(String mailboxUnit, String leadUnit, List<String> assisting, String leader) {
        return new LetterEventData.Facts("f3c1a7de-0000-4000-8000-000000000001", "county-head", mailboxUnit, "COMPLAINT",
                "SUBMITTED", DUE, leadUnit, assisting, false, leader);
    }

    @Test
    void aNewLetterInAMailboxWhoseUnitHasNoConfiguredAddressGoesToItsDispatchersFromTheDirectoryBySmsAndEmail() {
        List<Notice> notices = withDirectory.notices(Occasion.SUBMITTED, event(facts("gov-office", null, List.of(), null), null),
                anonymous, null);

        assertThat(notices).extracting(Notice::audience, Notice::recipientRef, Notice::channel, Notice::address, Notice::lookup)
            .containsExactly(
                    tuple(Audience.UNIT, "gov-office", Channel.SMS, null, "unit:gov-office:dispatcher"),
                    tuple(Audience.UNIT, "gov-office", Channel.EMAIL, null, "unit:gov-office:dispatcher"));
        assertThat(notices.get(1).subject()).isEqualTo("【凤县人民政府】新来信待受理");
        assertThat(notices.get(1).maskedAddress()).isEqualTo("通讯录：gov-office（dispatcher）");
    }

    @Test
    void aConfiguredUnitAddressReplacesTheDirectoryForThatUnit() {
        assertThat(withDirectory.notices(Occasion.SUBMITTED, event(facts("petition", null, List.of(), null), null), anonymous,
                null)).extracting(Notice::address, Notice::lookup).containsExactly(
                        tuple("13900000001", null), tuple("xfj@example.gov.cn", null));
    }

    @Test
    void theLeadAndAssistingUnitsStaffAndLeadersAreLookedUpForAnAssignment() {
        List<Notice> notices = withDirectory.notices(Occasion.ASSIGNED,
                event(facts("gov-office", "housing", List.of("education"), null), "gov-office"), anonymous, null);

        assertThat(notices).extracting(Notice::recipientRef, Notice::template, Notice::lookup).containsExactly(
                tuple("housing", Template.ASSIGNED, "unit:housing:staff,leader"),
                tuple("housing", Template.ASSIGNED, "unit:housing:staff,leader"),
                tuple("education", Template.ASSISTING, "unit:education:staff,leader"),
                tuple("education", Template.ASSISTING, "unit:education:staff,leader"));
    }

    @Test
    void anOverdueLetterStillWithTheDispatcherGoesToTheMailboxsDispatchersAndOneAssignedToTheLeadUnitsHandlers() {
        LetterEventData unassigned = new LetterEventData(facts("gov-office", null, List.of(), null), null, "YELLOW", 1, DUE,
                "gov-office");
        LetterEventData assigned = new LetterEventData(facts("gov-office", "housing", List.of(), null), null, "RED", 3, DUE,
                "housing");

        assertThat(withDirectory.notices(Occasion.OVERDUE, unassigned, anonymous, null)).extracting(Notice::lookup)
            .containsOnly("unit:gov-office:dispatcher");
        assertThat(withDirectory.notices(Occasion.DUE_SOON, assigned, anonymous, null)).extracting(Notice::lookup)
            .containsOnly("unit:housing:staff,leader");
    }

    @Test
    void theLeaderALetterIsForwardedToHearsItWaitsForTheirInstruction() {
        List<Notice> notices = withDirectory.notices(Occasion.FORWARDED,
                event(facts("gov-office", null, List.of(), "liu.yang"), "gov-office"), named, null);

        assertThat(notices).extracting(Notice::audience, Notice::recipientRef, Notice::lookup).containsExactly(
                tuple(Audience.LEADER, "leader", "person:liu.yang"), tuple(Audience.LEADER, "leader", "person:liu.yang"));
        assertThat(notices.get(0).text())
            .isEqualTo("【凤县人民政府】信访局信箱来信（投诉，查询码ABCD-EFGH-JKMN）已呈送您批办，请及时登录办公系统批示。");
    }

    @Test
    void theLeaderALetterWasTakenBackFromHearsItWithTheReason() {
        NotificationPlan.Letter withdrawn = new NotificationPlan.Letter("ABCD-EFGH-JKMN", "县长信箱", "投诉", null, null, null,
                "liu.yang", "刘县长出差，改呈朱副县长批办");

        List<Notice> notices = withDirectory.notices(Occasion.WITHDRAWN,
                event(facts("gov-office", null, List.of(), null), "gov-office"), withdrawn, null);

        assertThat(notices).extracting(Notice::audience, Notice::channel, Notice::lookup).containsExactly(
                tuple(Audience.LEADER, Channel.SMS, "person:liu.yang"), tuple(Audience.LEADER, Channel.EMAIL, "person:liu.yang"));
        assertThat(notices.get(0).text())
            .isEqualTo("【凤县人民政府】呈送您批办的来信（查询码ABCD-EFGH-JKMN）已撤回，理由：刘县长出差，改呈朱副县长批办。");
        assertThat(notices.get(1).subject()).isEqualTo("【凤县人民政府】来信已撤回批办");
        assertThat(notices.get(1).text()).contains("呈送您批办的县长信箱来信（查询码ABCD-EFGH-JKMN）已撤回，无需再批办，理由：刘县长出差");
        // Nobody knows whom it was taken from (never forwarded with a notice): nobody is told.
        assertThat(withDirectory.notices(Occasion.WITHDRAWN, event(facts("gov-office", null, List.of(), null), "gov-office"),
                named, null)).isEmpty();
    }

    @Test
    void theLeaderAWithdrawalEventNamesIsToldEvenBeforeTheLetterIsRead() {
        LetterEventData.Facts facts = facts("gov-office", null, List.of(), null);
        LetterEventData naming = new LetterEventData(facts, null, null, null, null, "gov-office", null, "liu.yang", "刘洋",
                "刘县长出差");

        assertThat(withDirectory.recipients(Occasion.WITHDRAWN, naming)).singleElement()
            .extracting(NotificationPlan.Recipient::audience, NotificationPlan.Recipient::code)
            .containsExactly(Audience.LEADER, "liu.yang");
        NotificationPlan.Letter withReason = new NotificationPlan.Letter("ABCD-EFGH-JKMN", "县长信箱", "投诉", null, null, null,
                "liu.yang", "刘县长出差");
        assertThat(withDirectory.notices(Occasion.WITHDRAWN, naming, withReason, null)).extracting(Notice::lookup)
            .containsOnly("person:liu.yang");
        // An older event names nobody: the leader comes from the mailbox (Letter.formerLeader).
        assertThat(withDirectory.recipients(Occasion.WITHDRAWN, event(facts, "gov-office"))).singleElement()
            .extracting(NotificationPlan.Recipient::code).isNull();
    }

    @Test
    void theLeadUnitHearsWhichAssistingUnitRecordedItsOpinion() {
        List<Notice> notices = withDirectory.notices(Occasion.ASSISTING_OPINION,
                event(facts("gov-office", "housing", List.of("education"), null), "education"), named, null);

        assertThat(notices).extracting(Notice::recipientRef, Notice::template, Notice::lookup).containsOnly(
                tuple("housing", Template.ASSISTING_OPINION, "unit:housing:staff,leader"));
        assertThat(notices.get(0).text())
            .isEqualTo("【凤县人民政府】凤县教育局已就贵单位主办的来信（查询码ABCD-EFGH-JKMN）提交协办意见，请登录办公系统查看。");
        assertThat(notices).noneMatch(n -> n.text().contains("13812345678") || n.text().contains("zhang@example.com"));
    }

    @Test
    void withoutADirectoryNeitherLeadersNorUnconfiguredUnitsAreToldAndTheLetterNeedNotBeRead() {
        LetterEventData forwarded = event(facts("power-supply", null, List.of(), "liu.yang"), "power-supply");

        assertThat(plan.recipients(Occasion.FORWARDED, forwarded)).isEmpty();
        assertThat(plan.reachesAnyone(Occasion.WITHDRAWN, forwarded)).isFalse();
        assertThat(plan.reachesAnyone(Occasion.SUBMITTED, forwarded)).isFalse();
        assertThat(withDirectory.reachesAnyone(Occasion.SUBMITTED, forwarded)).isTrue();
        assertThat(withDirectory.reachesAnyone(Occasion.FORWARDED, forwarded)).isTrue();
    }

    @Test
    void whomAnOccasionTellsIsDecidedFromTheEventAlone() {
        LetterEventData assigned = new LetterEventData(new LetterEventData.Facts("f3c1a7de-0000-4000-8000-000000000001",
                "petition", "petition", "COMPLAINT", "ASSIGNED", DUE, "housing", List.of("education"), true), null, null, null,
                null, null);

        assertThat(withDirectory.recipients(Occasion.INSTRUCTED, assigned))
            .extracting(NotificationPlan.Recipient::audience, NotificationPlan.Recipient::template, NotificationPlan.Recipient::code)
            .containsExactly(tuple(Audience.UNIT, Template.ASSIGNED, "housing"),
                    tuple(Audience.UNIT, Template.ASSISTING, "education"),
                    tuple(Audience.CITIZEN, Template.HANDED_OVER, null));
    }
}
