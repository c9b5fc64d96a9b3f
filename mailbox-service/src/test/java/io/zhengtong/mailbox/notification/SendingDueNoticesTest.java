package io.zhengtong.mailbox.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.zhengtong.mailbox.notification.NotificationLog.Claimed;
import io.zhengtong.mailbox.notification.NotificationLog.Status;
import io.zhengtong.mailbox.notification.RecordingNoticesTest.FakeChannel;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import io.zhengtong.platform.directory.OrganisationDirectory;
import io.zhengtong.platform.directory.Unit;
import io.zhengtong.platform.directory.UnitMember;
import org.junit.jupiter.api.Test;

/** What the sender does with a claimed notice: sent, tried again later, given up, refused, skipped. */
class SendingDueNoticesTest {

    final Instant now = Instant.parse("2026-11-22T08:00:00Z");
    final NotificationLog log = mock(NotificationLog.class);
    final FakeChannel email = new FakeChannel(Channel.EMAIL);
    final FakeChannel sms = new FakeChannel(Channel.SMS);
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    final SendingDueNotices sender = new SendingDueNotices(log, List.of(email, sms),
            new NotificationProperties(true, null, null, null, null, Map.of(), null,
                    new NotificationProperties.Retry(Duration.ofMinutes(1), 2.0, Duration.ofMinutes(10), 3), null),
            Clock.fixed(now, ZoneOffset.UTC), meters, new FindingRecipients(Optional.empty(), Optional.empty()));

    final Notice notice = new Notice(Audience.CITIZEN, "citizen", Channel.EMAIL, "zhangsan@example.com", Template.RECEIVED,
            "【凤县人民政府】您的来信已收到", "您好！");

    Claimed claimedAfter(int failedAttempts) {
        Claimed claimed = new Claimed(7, "token", "letter-1", notice, failedAttempts);
        when(log.claimNextDue(any(), any(), any(), anyBoolean())).thenReturn(Optional.of(claimed), Optional.empty());
        when(log.recordAttempt(any(), any(), any(), any(), any())).thenReturn(true);
        return claimed;
    }

    @Test
    void aDueNoticeIsSentAndRecordedAsSent() {
        Claimed claimed = claimedAfter(0);

        assertThat(sender.sendDue()).isEqualTo(1);

        assertThat(email.sent).containsExactly(notice);
        verify(log).recordAttempt(eq(claimed), eq(Status.SENT), isNull(), eq(now), isNull());
    }

    @Test
    void whileTheServerIsDownTheNoticeWaitsLongerAfterEachFailedAttempt() {
        email.down = true;
        Claimed second = claimedAfter(1);

        sender.sendDue();

        verify(log).recordAttempt(eq(second), eq(Status.PENDING), eq("connection refused"), eq(now),
                eq(now.plus(Duration.ofMinutes(2))));
    }

    @Test
    void afterTheLastAttemptTheNoticeIsFailedWithTheServersErrorAndCounted() {
        email.down = true;
        Claimed last = claimedAfter(2);

        sender.sendDue();

        verify(log).recordAttempt(eq(last), eq(Status.FAILED), eq("connection refused"), eq(now), isNull());
        assertThat(meters.get("zhengtong.mailbox.notifications.attempts").tag("outcome", "failed").counter().count())
            .isEqualTo(1);
    }

    @Test
    void anAddressRefusedForGoodIsNotTriedAgain() {
        email.refuses = true;
        Claimed claimed = claimedAfter(0);

        sender.sendDue();

        verify(log).recordAttempt(eq(claimed), eq(Status.REFUSED), eq("550 no such user"), eq(now), isNull());
    }

    @Test
    void aNoticeWhoseServerIsNoLongerConfiguredIsSkipped() {
        email.configured = false;
        Claimed claimed = claimedAfter(0);

        sender.sendDue();

        assertThat(email.sent).isEmpty();
        verify(log).recordAttempt(eq(claimed), eq(Status.SKIPPED), eq("no server configured"), eq(now), isNull());
    }

    @Test
    void aMailServerFoundDownIsNotTriedAgainInTheSameRunButTheSmsStillGoes() {
        email.down = true;
        Notice textMessage = new Notice(Audience.CITIZEN, "citizen", Channel.SMS, "13812341234", Template.RECEIVED, null, "短信");
        when(log.claimNextDue(any(), any(), eq(Set.of()), eq(false)))
            .thenReturn(Optional.of(new Claimed(1, "t1", "letter-1", notice, 0)));
        when(log.claimNextDue(any(), any(), eq(Set.of(Channel.EMAIL)), eq(false)))
            .thenReturn(Optional.of(new Claimed(2, "t2", "letter-2", textMessage, 0)), Optional.empty());
        when(log.recordAttempt(any(), any(), any(), any(), any())).thenReturn(true);

        assertThat(sender.sendDue()).isEqualTo(2);

        assertThat(sms.sent).containsExactly(textMessage);
    }

    @Test
    void oneRunSendsAtMostOneBatch() {
        when(log.claimNextDue(any(), any(), any(), anyBoolean())).thenReturn(Optional.of(new Claimed(1, "t", "letter-1", notice, 0)));
        when(log.recordAttempt(any(), any(), any(), any(), any())).thenReturn(true);

        assertThat(sender.sendDue()).isEqualTo(50);
    }

    @Test
    void operatorsSeeHowManyNoticesWaitAndHowManyWereGivenUp() {
        when(log.counts()).thenReturn(Map.of(Status.PENDING, 4L, Status.FAILED, 2L));

        assertThat(meters.get("zhengtong.mailbox.notifications.queued").tag("status", "pending").gauge().value()).isEqualTo(4);
        assertThat(meters.get("zhengtong.mailbox.notifications.queued").tag("status", "failed").gauge().value()).isEqualTo(2);
    }

    // --- recipients looked up in the organisation directory

    final FakeUnitMembers directoryPeople = new FakeUnitMembers().with("gov-office|dispatcher",
            new UnitMember("gao.ming", "高明", "gov-office"), new UnitMember("lin.xue", "林雪", "gov-office", "lin.xue@fengxian.example", null));
    List<Unit> units = List.of(new Unit("gov-office", "凤县人民政府办公室", "凤政办", "government-office", null, 1));

    final SendingDueNotices lookingUp = new SendingDueNotices(log, List.of(email, sms),
            new NotificationProperties(true, null, null, null, null, Map.of(), null,
                    new NotificationProperties.Retry(Duration.ofMinutes(1), 2.0, Duration.ofMinutes(10), 3), null),
            Clock.fixed(now, ZoneOffset.UTC), meters,
            new FindingRecipients(Optional.of(directoryPeople), Optional.of((OrganisationDirectory) () -> units)));

    Claimed lookup(Channel channel) {
        Notice toDispatchers = new Notice(Audience.UNIT, "gov-office", channel, null, Template.NEW_LETTER, "【凤县人民政府】新来信待受理",
                "县长信箱收到新来信", "unit:gov-office:dispatcher");
        Claimed claimed = new Claimed(9, "token", "letter-1", toDispatchers, 0, "event-1", Occasion.SUBMITTED);
        when(log.claimNextDue(any(), any(), any(), anyBoolean())).thenReturn(Optional.of(claimed), Optional.empty());
        when(log.recordAttempt(any(), any(), any(), any(), any())).thenReturn(true);
        return claimed;
    }

    @Test
    void aUnitsDispatchersAreLookedUpAndEachOneWithAnEmailAddressGetsTheNotice() {
        Claimed claimed = lookup(Channel.EMAIL);

        lookingUp.sendDue();

        verify(log).recordLookups(eq(List.of(new NotificationLog.LookedUp(claimed, List.of(new Notice(Audience.UNIT,
                "gov-office/lin.xue", Channel.EMAIL, "lin.xue@fengxian.example", Template.NEW_LETTER, "【凤县人民政府】新来信待受理",
                "县长信箱收到新来信")), null))), eq(now));
        assertThat(email.sent).as("sent in a later claim, as a notice of its own").isEmpty();
    }

    @Test
    void aUnitWithNobodyToTellOnTheChannelIsMarkedSoWithTheReason() {
        Claimed claimed = lookup(Channel.SMS);

        lookingUp.sendDue();

        verify(log).recordLookups(eq(List.of(new NotificationLog.LookedUp(claimed, List.of(),
                "nobody in unit gov-office with role dispatcher has a phone number"))), eq(now));
        assertThat(meters.get("zhengtong.mailbox.notifications.attempts").tag("outcome", "nobody").counter().count())
            .isEqualTo(1);
    }

    @Test
    void aLookupWhoseClaimRanOutBeforeItWasRecordedIsNotCountedTheOneNowHoldingItCountsIt() {
        Claimed claimed = lookup(Channel.EMAIL);
        when(log.recordLookups(any(), any())).thenReturn(List.of(claimed));

        lookingUp.sendDue();

        assertThat(meters.find("zhengtong.mailbox.notifications.attempts").tag("outcome", "resolved").counter()).isNull();
    }

    @Test
    void whileKeycloakIsDownTheLookupWaitsWithTheBackoffAndNoOtherLookupIsTriedInThatRun() {
        directoryPeople.down = true;
        Claimed claimed = lookup(Channel.EMAIL);

        lookingUp.sendDue();

        verify(log).recordAttempt(eq(claimed), eq(Status.PENDING), org.mockito.ArgumentMatchers.contains("directory"), eq(now),
                eq(now.plus(Duration.ofMinutes(1))));
        verify(log).claimNextDue(any(), any(), eq(Set.of()), eq(true));
        verify(log, org.mockito.Mockito.never()).recordLookups(any(), any());
    }

    @Test
    void aDirectoryThatHasReadNoUnitsYetIsUnavailableNotEmpty() {
        units = List.of();
        Claimed claimed = lookup(Channel.EMAIL);

        lookingUp.sendDue();

        verify(log).recordAttempt(eq(claimed), eq(Status.PENDING), eq("the organisation directory has read no units yet"), eq(now),
                eq(now.plus(Duration.ofMinutes(1))));
    }

    Notice toDispatchers(Channel channel) {
        return new Notice(Audience.UNIT, "gov-office", channel, null, Template.DUE_SOON, "【凤县人民政府】来信即将到期", "即将到期",
                "unit:gov-office:dispatcher");
    }

    @Test
    void theDueLookupsOfOneUnitAreClaimedTogetherAndAnsweredFromOneQuestionToTheDirectory() {
        Claimed first = new Claimed(11, "t1", "letter-1", toDispatchers(Channel.EMAIL), 0, "event-1", Occasion.DUE_SOON);
        Claimed second = new Claimed(12, "t2", "letter-1", toDispatchers(Channel.SMS), 0, "event-1", Occasion.DUE_SOON);
        Claimed third = new Claimed(13, "t2", "letter-2", toDispatchers(Channel.EMAIL), 0, "event-2", Occasion.DUE_SOON);
        when(log.claimNextDue(any(), any(), any(), anyBoolean())).thenReturn(Optional.of(first), Optional.empty());
        when(log.claimDueLookups(eq("unit:gov-office:dispatcher"), eq(now), any(), eq(Set.of()), eq(49)))
            .thenReturn(List.of(second, third));

        assertThat(lookingUp.sendDue()).isEqualTo(3);

        assertThat(directoryPeople.asked).containsExactly("gov-office|dispatcher");
        Notice toLinXue = new Notice(Audience.UNIT, "gov-office/lin.xue", Channel.EMAIL, "lin.xue@fengxian.example",
                Template.DUE_SOON, "【凤县人民政府】来信即将到期", "即将到期");
        verify(log).recordLookups(eq(List.of(new NotificationLog.LookedUp(first, List.of(toLinXue), null),
                new NotificationLog.LookedUp(second, List.of(), "nobody in unit gov-office with role dispatcher has a phone number"),
                new NotificationLog.LookedUp(third, List.of(toLinXue), null))), eq(now));
        assertThat(meters.get("zhengtong.mailbox.notifications.attempts").tag("outcome", "resolved").counter().count())
            .isEqualTo(2);
    }

    @Test
    void whileKeycloakIsDownEveryLookupOfTheGroupWaitsWithItsOwnBackoffAfterOneQuestion() {
        directoryPeople.down = true;
        Claimed fresh = new Claimed(11, "t1", "letter-1", toDispatchers(Channel.EMAIL), 0, "event-1", Occasion.DUE_SOON);
        Claimed triedBefore = new Claimed(12, "t2", "letter-2", toDispatchers(Channel.SMS), 1, "event-2", Occasion.DUE_SOON);
        when(log.claimNextDue(any(), any(), any(), anyBoolean())).thenReturn(Optional.of(fresh), Optional.empty());
        when(log.claimDueLookups(any(), any(), any(), any(), org.mockito.ArgumentMatchers.anyInt()))
            .thenReturn(List.of(triedBefore));
        when(log.recordAttempt(any(), any(), any(), any(), any())).thenReturn(true);

        lookingUp.sendDue();

        assertThat(directoryPeople.asked).hasSize(1);
        verify(log).recordAttempt(eq(fresh), eq(Status.PENDING), org.mockito.ArgumentMatchers.contains("directory"), eq(now),
                eq(now.plus(Duration.ofMinutes(1))));
        verify(log).recordAttempt(eq(triedBefore), eq(Status.PENDING), org.mockito.ArgumentMatchers.contains("directory"),
                eq(now), eq(now.plus(Duration.ofMinutes(2))));
        verify(log).claimNextDue(any(), any(), eq(Set.of()), eq(true));
        verify(log, org.mockito.Mockito.never()).recordLookups(any(), any());
    }

    @Test
    void aGroupTakesNoMoreThanTheRestOfTheBatch() {
        Claimed first = new Claimed(11, "t1", "letter-1", toDispatchers(Channel.EMAIL), 0, "event-1", Occasion.DUE_SOON);
        when(log.claimNextDue(any(), any(), any(), anyBoolean())).thenReturn(Optional.of(notice(1)), Optional.of(notice(2)),
                Optional.of(first), Optional.empty());
        when(log.recordAttempt(any(), any(), any(), any(), any())).thenReturn(true);

        lookingUp.sendDue();

        verify(log).claimDueLookups(eq("unit:gov-office:dispatcher"), any(), any(), any(), eq(47));
    }

    Claimed notice(long id) {
        return new Claimed(id, "t" + id, "letter-" + id, notice, 0);
    }
}
