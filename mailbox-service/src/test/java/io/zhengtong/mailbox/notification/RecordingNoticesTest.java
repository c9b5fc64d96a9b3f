package io.zhengtong.mailbox.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.zhengtong.mailbox.deadline.DeadlinePolicy;
import io.zhengtong.mailbox.letter.Actor;
import io.zhengtong.mailbox.letter.Contact;
import io.zhengtong.mailbox.letter.Letter;
import io.zhengtong.mailbox.letter.LetterContent;
import io.zhengtong.mailbox.letter.LetterId;
import io.zhengtong.mailbox.letter.LetterType;
import io.zhengtong.mailbox.letter.Mailbox;
import io.zhengtong.mailbox.letter.Role;
import io.zhengtong.platform.directory.UnitMembers;
import io.zhengtong.mailbox.notification.NotificationLog.Recorded;
import io.zhengtong.mailbox.notification.NotificationLog.Status;
import io.zhengtong.mailbox.store.Letters;
import io.zhengtong.mailbox.store.Letters.Addressee;
import io.zhengtong.mailbox.store.StoredLetter;
import io.zhengtong.mailbox.tracking.TrackingCode;
import io.zhengtong.platform.calendar.WorkingDayCalendar;
import io.zhengtong.platform.events.ReceivedEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** What the consumer records for an event: every notice pending, none sent here, skipped without servers. */
class RecordingNoticesTest {

    final LetterContent content = new LetterContent(new Mailbox("petition", "信访局信箱", "petition"), LetterType.COMPLAINT,
            "路灯", "路灯坏了", new Contact("张三", "13812341234", "zhangsan@example.com", null), false);
    final Instant writtenAt = Instant.now();
    final Letter letter = Letter.submit(LetterId.random(), content, TrackingCode.generate(new SplittableRandom(7)),
            "{bcrypt}hash", Actor.writer(null, "张三"), writtenAt,
            DeadlinePolicy.standard().deadlineAtSubmission(content, writtenAt, WorkingDayCalendar.onSeedSchedule()));
    final Letters letters = mock(Letters.class);
    final NotificationLog log = mock(NotificationLog.class);
    final FakeChannel sms = new FakeChannel(Channel.SMS);
    final FakeChannel email = new FakeChannel(Channel.EMAIL);

    final RecordingNotices recording = new RecordingNotices(letters, log, List.of(sms, email),
            new NotificationProperties(true, null, null, null, null, Map.of(), null, null, null), Optional.empty(),
            Clock.systemUTC(), new FindingRecipients(Optional.empty(), Optional.empty()));

    final ReceivedEvent<LetterEventData> submitted = new ReceivedEvent<>("event-1", Occasion.SUBMITTED.eventType(),
            "/zhengtong/mailbox", letter.id().toString(), Instant.now(), new LetterEventData(new LetterEventData.Facts(
                    letter.id().toString(), "petition", "petition", "COMPLAINT", "SUBMITTED", null, null, List.of(), true),
                    null, null, null, null, null));

    RecordingNoticesTest() {
        when(letters.find(letter.id())).thenAnswer(call -> Optional.of(new StoredLetter(letter, 0)));
        when(letters.addressee(letter.id())).thenAnswer(call -> Optional.of(addresseeOf(letter)));
        // The log records an event's notices at once; the tests look at them one by one.
        doAnswer(call -> {
            List<Recorded> notices = call.getArgument(2);
            notices.forEach(n -> log.record(call.getArgument(0), n.letterId(), call.getArgument(1), n.notice(), n.status(),
                    n.error(), call.getArgument(3)));
            return null;
        }).when(log).recordAll(anyString(), any(), any(), any());
    }

    /** What the store's projection reads of the letter. */
    static Addressee addresseeOf(Letter letter) {
        Contact contact = letter.content().contact();
        return new Addressee(letter.id(), letter.trackingCode(), letter.mailbox().name(), letter.type(), letter.status(),
                contact.phone(), contact.email(), letter.rejectionReason().orElse(null), letter.answeredAt().orElse(null),
                letter.duplicates());
    }

    @Test
    void theWritersSmsAndEmailAreRecordedToBeSentWithTheTrackingCodeAndNothingIsSentWhileTheEventIsHandled() {
        recording.on(Occasion.SUBMITTED, submitted);

        verify(log).record(eq("event-1"), eq(letter.id().toString()), eq(Occasion.SUBMITTED),
                argThat(n -> n.channel() == Channel.SMS && n.address().equals("13812341234")
                        && n.text().contains(letter.trackingCode().toString())),
                eq(Status.PENDING), isNull(), any());
        verify(log).record(eq("event-1"), anyString(), any(),
                argThat(n -> n.channel() == Channel.EMAIL && n.address().equals("zhangsan@example.com")), eq(Status.PENDING),
                isNull(), any());
        assertThat(sms.sent).isEmpty();
        assertThat(email.sent).isEmpty();
    }

    @Test
    void evenWithTheMailServerDownTheEventIsHandledWithoutWaiting() {
        email.down = true;

        recording.on(Occasion.SUBMITTED, submitted);

        verify(log).record(eq("event-1"), anyString(), any(), argThat(n -> n.channel() == Channel.EMAIL), eq(Status.PENDING),
                isNull(), any());
    }

    @Test
    void withoutServersEveryNoticeIsSkippedAndTheWorkflowGoesOn() {
        sms.configured = false;
        email.configured = false;

        recording.on(Occasion.SUBMITTED, submitted);

        verify(log).record(eq("event-1"), anyString(), any(), argThat(n -> n.channel() == Channel.SMS), eq(Status.SKIPPED),
                eq("no server configured"), any());
        verify(log).record(eq("event-1"), anyString(), any(), argThat(n -> n.channel() == Channel.EMAIL), eq(Status.SKIPPED),
                eq("no server configured"), any());
    }

    @Test
    void anEventOlderThanThreeDaysNotifiesNobody() {
        ReceivedEvent<LetterEventData> old = new ReceivedEvent<>("event-0", submitted.type(), submitted.source(),
                submitted.aggregateId(), Instant.now().minus(Duration.ofDays(3)).minusSeconds(60), submitted.data());

        recording.on(Occasion.SUBMITTED, old);

        verify(log, never()).record(anyString(), anyString(), any(), any(), any(), any(), any());
    }

    @Test
    void anEventForALetterThisMailboxDoesNotHoldSendsNothing() {
        when(letters.addressee(letter.id())).thenReturn(Optional.empty());

        recording.on(Occasion.SUBMITTED, submitted);

        verify(log, never()).record(anyString(), anyString(), any(), any(), any(), any(), any());
    }

    @Test
    void anEventThatWouldTellNobodyDoesNotEvenReadTheLetter() {
        // No unit has addresses here: an overdue letter tells nobody, nor does a letter whose writer left no contact.
        ReceivedEvent<LetterEventData> overdue = new ReceivedEvent<>("event-2", Occasion.OVERDUE.eventType(),
                submitted.source(), submitted.aggregateId(), Instant.now(), submitted.data());
        LetterEventData.Facts facts = submitted.data().letter();
        ReceivedEvent<LetterEventData> anonymous = new ReceivedEvent<>("event-3", submitted.type(), submitted.source(),
                submitted.aggregateId(), Instant.now(), new LetterEventData(new LetterEventData.Facts(facts.letterId(),
                        facts.mailbox(), facts.mailboxUnit(), facts.letterType(), facts.status(), null, null, List.of(), false),
                        null, null, null, null, null));

        recording.on(Occasion.OVERDUE, overdue);
        recording.on(Occasion.SUBMITTED, anonymous);

        verify(letters, never()).addressee(any());
        verify(letters, never()).find(any());
        verify(log, never()).record(anyString(), anyString(), any(), any(), any(), any(), any());
    }

    /** The letter forwarded to liu.yang and taken back with a reason; answers when it was taken back. */
    Instant takenBackFromLiuYang(String reason) {
        Actor dispatcher = Actor.staff("wang.fang", "王芳", "petition", Role.DISPATCHER);
        Instant at = writtenAt.plusSeconds(60);
        letter.accept(dispatcher, at, LetterType.COMPLAINT,
                DeadlinePolicy.standard().deadlineAtSubmission(content, writtenAt, WorkingDayCalendar.onSeedSchedule()));
        letter.forwardToLeader(dispatcher, at.plusSeconds(1), "liu.yang", "刘洋", null);
        letter.withdrawFromLeader(dispatcher, at.plusSeconds(2), reason);
        return at.plusSeconds(2);
    }

    RecordingNotices withDirectory() {
        return new RecordingNotices(letters, log, List.of(sms, email),
                new NotificationProperties(true, null, null, null, null, Map.of(), null, null, null), Optional.empty(),
                Clock.systemUTC(), new FindingRecipients(Optional.of(mock(UnitMembers.class)), Optional.empty()));
    }

    /** A withdrawn-from-leader event; {@code leader}, {@code leaderName}, {@code reason} all null: as published before they were added. */
    ReceivedEvent<LetterEventData> withdrawal(String id, Instant at, String leader, String leaderName, String reason) {
        LetterEventData.Facts facts = submitted.data().letter();
        return new ReceivedEvent<>(id, Occasion.WITHDRAWN.eventType(), submitted.source(), submitted.aggregateId(), at,
                new LetterEventData(new LetterEventData.Facts(facts.letterId(), "petition", "petition", "COMPLAINT", "ACCEPTED",
                        null, null, List.of(), true), null, null, null, null, null, null, leader, leaderName, reason));
    }

    @Test
    void theLeaderAWithdrawalEventNamesIsLookedUpAndToldTheReasonItGives() {
        Instant at = takenBackFromLiuYang("领导出差，改呈其他领导批办。");

        withDirectory().on(Occasion.WITHDRAWN, withdrawal("event-5", at, "liu.yang", "刘洋", "刘副县长下乡调研。"));

        verify(log).record(eq("event-5"), eq(letter.id().toString()), eq(Occasion.WITHDRAWN),
                argThat(n -> n.channel() == Channel.SMS && n.audience() == Audience.LEADER && "person:liu.yang".equals(n.lookup())
                        && n.text().endsWith("已撤回，理由：刘副县长下乡调研。")),
                eq(Status.PENDING), isNull(), any());
        // The event said whom: the notification log is not asked whom the forwarded notice reached.
        verify(log, never()).lastForwardedLeader(anyString());
    }

    @Test
    void anOlderWithdrawalEventWithoutTheLeaderStillReachesTheLeaderTheForwardedNoticeReachedWithTheReasonFromTheHistory() {
        Instant at = takenBackFromLiuYang("领导出差，改呈其他领导批办。");
        when(log.lastForwardedLeader(letter.id().toString())).thenReturn(Optional.of("liu.yang"));

        withDirectory().on(Occasion.WITHDRAWN, withdrawal("event-4", at, null, null, null));

        verify(log).record(eq("event-4"), eq(letter.id().toString()), eq(Occasion.WITHDRAWN),
                argThat(n -> n.channel() == Channel.SMS && n.audience() == Audience.LEADER && "person:liu.yang".equals(n.lookup())
                        && n.text().endsWith("已撤回，理由：领导出差，改呈其他领导批办。")),
                eq(Status.PENDING), isNull(), any());
        verify(log).record(eq("event-4"), anyString(), any(), argThat(n -> n.channel() == Channel.EMAIL
                && n.template() == Template.WITHDRAWN_FROM_LEADER), eq(Status.PENDING), isNull(), any());
        // The writer is not told: the letter is back with the dispatcher, nothing changed for them.
        verify(log, never()).record(anyString(), anyString(), any(), argThat(n -> n.audience() == Audience.CITIZEN), any(),
                any(), any());
    }

    static final class FakeChannel implements NotificationChannel {

        final Channel channel;
        final List<Notice> sent = new ArrayList<>();
        boolean configured = true;
        boolean down;
        boolean refuses;

        FakeChannel(Channel channel) {
            this.channel = channel;
        }

        @Override
        public Channel channel() {
            return channel;
        }

        @Override
        public boolean configured() {
            return configured;
        }

        @Override
        public void send(Notice notice) throws Unavailable, Refused {
            if (down) {
                throw new Unavailable("connection refused", null);
            }
            if (refuses) {
                throw new Refused("550 no such user", null);
            }
            sent.add(notice);
        }
    }
}
