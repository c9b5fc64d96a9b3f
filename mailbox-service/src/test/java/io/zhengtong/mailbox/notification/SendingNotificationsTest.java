package io.zhengtong.mailbox.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.zhengtong.mailbox.letter.Actor;
import io.zhengtong.mailbox.letter.Contact;
import io.zhengtong.mailbox.letter.Letter;
import io.zhengtong.mailbox.letter.LetterContent;
import io.zhengtong.mailbox.letter.LetterId;
import io.zhengtong.mailbox.letter.LetterType;
import io.zhengtong.mailbox.letter.Mailbox;
import io.zhengtong.mailbox.notification.NotificationLog.Status;
import io.zhengtong.mailbox.store.Letters;
import io.zhengtong.mailbox.store.StoredLetter;
import io.zhengtong.mailbox.tracking.TrackingCode;
import io.zhengtong.platform.events.ReceivedEvent;
import io.zhengtong.platform.events.RetryLater;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The sending rules around the channels: once per notice, the others despite one server down, no-op without servers. */
class SendingNotificationsTest {

    final Letter letter = Letter.submit(LetterId.random(),
            new LetterContent(new Mailbox("petition", "信访局信箱", "petition"), LetterType.COMPLAINT, "路灯", "路灯坏了",
                    new Contact("张三", "13812341234", "zhangsan@example.com", null), false),
            TrackingCode.generate(new SplittableRandom(7)), "{bcrypt}hash", Actor.writer(null, "张三"), Instant.now());
    final Letters letters = mock(Letters.class);
    final NotificationLog log = mock(NotificationLog.class);
    final FakeChannel sms = new FakeChannel(Channel.SMS);
    final FakeChannel email = new FakeChannel(Channel.EMAIL);

    final SendingNotifications sending = new SendingNotifications(letters, log, List.of(sms, email),
            new NotificationProperties(true, null, null, null, null, Map.of(), null), Optional.empty(), Clock.systemUTC());

    final ReceivedEvent<LetterEventData> submitted = new ReceivedEvent<>("event-1", Occasion.SUBMITTED.eventType(),
            "/zhengtong/mailbox", letter.id().toString(), Instant.now(), new LetterEventData(new LetterEventData.Facts(
                    letter.id().toString(), "petition", "petition", "COMPLAINT", "SUBMITTED", null, null, List.of(), true),
                    null, null, null, null, null));

    SendingNotificationsTest() {
        when(letters.find(letter.id())).thenReturn(Optional.of(new StoredLetter(letter, 0)));
        when(log.status(anyString(), any())).thenReturn(Optional.empty());
    }

    @Test
    void theWriterGetsOneSmsAndOneEmailEachRecordedAsSent() {
        sending.on(Occasion.SUBMITTED, submitted);

        assertThat(sms.sent).singleElement().satisfies(n -> assertThat(n.text()).contains(letter.trackingCode().toString()));
        assertThat(email.sent).hasSize(1);
        verify(log).record(eq("event-1"), eq(letter.id().toString()), eq(Occasion.SUBMITTED), eq(sms.sent.get(0)),
                eq(Status.SENT), isNull());
        verify(log).record(eq("event-1"), anyString(), any(), eq(email.sent.get(0)), eq(Status.SENT), isNull());
    }

    @Test
    void aNoticeAlreadySentForThisEventIsNotSentAgain() {
        when(log.status(eq("event-1"), argThat(n -> n.channel() == Channel.SMS))).thenReturn(Optional.of(Status.SENT));

        sending.on(Occasion.SUBMITTED, submitted);

        assertThat(sms.sent).isEmpty();
        assertThat(email.sent).hasSize(1);
    }

    @Test
    void whenTheMailServerIsDownTheSmsStillGoesAndTheEventIsRetried() {
        email.down = true;

        assertThatThrownBy(() -> sending.on(Occasion.SUBMITTED, submitted)).isInstanceOf(RetryLater.class);

        assertThat(sms.sent).hasSize(1);
        verify(log).record(eq("event-1"), anyString(), any(), argThat(n -> n.channel() == Channel.EMAIL), eq(Status.FAILED),
                anyString());
    }

    @Test
    void anAddressRefusedForGoodIsRecordedAndNotRetried() {
        email.refuses = true;

        sending.on(Occasion.SUBMITTED, submitted);

        verify(log).record(eq("event-1"), anyString(), any(), argThat(n -> n.channel() == Channel.EMAIL), eq(Status.REFUSED),
                anyString());
    }

    @Test
    void withoutServersEveryNoticeIsSkippedAndTheWorkflowGoesOn() {
        sms.configured = false;
        email.configured = false;

        sending.on(Occasion.SUBMITTED, submitted);

        assertThat(sms.sent).isEmpty();
        assertThat(email.sent).isEmpty();
        verify(log).record(eq("event-1"), anyString(), any(), argThat(n -> n.channel() == Channel.SMS), eq(Status.SKIPPED),
                eq("no server configured"));
        verify(log).record(eq("event-1"), anyString(), any(), argThat(n -> n.channel() == Channel.EMAIL), eq(Status.SKIPPED),
                eq("no server configured"));
    }

    @Test
    void anEventOlderThanThreeDaysNotifiesNobody() {
        ReceivedEvent<LetterEventData> old = new ReceivedEvent<>("event-0", submitted.type(), submitted.source(),
                submitted.aggregateId(), Instant.now().minus(Duration.ofDays(3)).minusSeconds(60), submitted.data());

        sending.on(Occasion.SUBMITTED, old);

        assertThat(sms.sent).isEmpty();
        assertThat(email.sent).isEmpty();
        verify(log, never()).record(anyString(), anyString(), any(), any(), any(), any());
    }

    @Test
    void anEventForALetterThisMailboxDoesNotHoldSendsNothing() {
        when(letters.find(letter.id())).thenReturn(Optional.empty());

        sending.on(Occasion.SUBMITTED, submitted);

        assertThat(sms.sent).isEmpty();
        verify(log, never()).record(anyString(), anyString(), any(), any(), any(), any());
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
