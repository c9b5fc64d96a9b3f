package io.zhengtong.mailbox.notification;

import io.zhengtong.mailbox.letter.Contact;
import io.zhengtong.mailbox.letter.Letter;
import io.zhengtong.mailbox.letter.LetterId;
import io.zhengtong.mailbox.notification.NotificationLog.Status;
import io.zhengtong.mailbox.store.Letters;
import io.zhengtong.platform.calendar.WorkingDayCalendar;
import io.zhengtong.platform.directory.OrganisationDirectory;
import io.zhengtong.platform.directory.Unit;
import io.zhengtong.platform.events.ReceivedEvent;
import io.zhengtong.platform.events.RetryLater;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Tells the writer and the units about a letter event: reads the letter (the event carries no
 * personal data; the writer's phone and e-mail are decrypted from the letter), plans the notices
 * and sends each one not yet sent for this event. When a server is unavailable the others are
 * still sent, and then {@link RetryLater} makes the consumer try the event again later with a
 * growing pause: nothing is lost, nothing is sent twice, and the letter's workflow never waits.
 */
@Service
public class SendingNotifications {

    private static final Logger log = LoggerFactory.getLogger(SendingNotifications.class);

    private final Letters letters;
    private final NotificationLog notificationLog;
    private final Map<Channel, NotificationChannel> channels = new EnumMap<>(Channel.class);
    private final NotificationPlan plan;
    private final java.util.Set<Channel> unconfiguredReported = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private final Clock clock;
    private final Duration maxAge;

    SendingNotifications(Letters letters, NotificationLog notificationLog, List<NotificationChannel> channels,
            NotificationProperties properties, Optional<OrganisationDirectory> directory, Clock clock) {
        this.clock = clock;
        this.maxAge = properties.maxAge();
        this.letters = letters;
        this.notificationLog = notificationLog;
        channels.forEach(channel -> this.channels.put(channel.channel(), channel));
        this.plan = new NotificationPlan(properties.signature(), properties::unit,
                code -> unitName(directory.orElse(null), code));
    }

    /** Runs in the consumer's transaction, which records the event id once this returns. */
    public void on(Occasion occasion, ReceivedEvent<LetterEventData> event) {
        LetterEventData data = event.data();
        if (data == null || data.letter() == null || data.letter().letterId() == null) {
            log.warn("Event {} ({}) has no letter; nothing to notify", event.id(), event.type());
            return;
        }
        if (event.time() != null && event.time().isBefore(clock.instant().minus(maxAge))) {
            log.info("Event {} ({}) of {} is older than {}; too late to notify anyone", event.id(), event.type(), event.time(),
                    maxAge);
            return;
        }
        Optional<Letter> found = letters.find(new LetterId(UUID.fromString(data.letter().letterId())))
            .map(stored -> stored.letter());
        if (found.isEmpty()) {
            // Another environment's letter on a shared topic, or one that was never committed.
            log.info("Letter {} of event {} is not in this mailbox; nothing to notify", data.letter().letterId(), event.id());
            return;
        }
        Letter letter = found.get();
        Contact contact = letter.content().contact();
        LocalDate answeredOn = Optional.ofNullable(data.answeredAt()).or(letter::answeredAt)
            .map(WorkingDayCalendar::dateOf).orElse(null);
        List<Notice> notices = plan.notices(occasion, data, new NotificationPlan.Letter(letter.trackingCode().toString(),
                letter.mailbox().name(), letter.type().label(), contact.phone(), contact.email()), answeredOn);
        NotificationChannel.Unavailable unavailable = null;
        for (Notice notice : notices) {
            try {
                send(event.id(), letter.id().toString(), occasion, notice);
            } catch (NotificationChannel.Unavailable e) {
                unavailable = e;
            }
        }
        if (unavailable != null) {
            throw new RetryLater("A notification server is unavailable; event " + event.id() + " will be retried", unavailable);
        }
    }

    private void send(String eventId, String letterId, Occasion occasion, Notice notice) throws NotificationChannel.Unavailable {
        Optional<Status> before = notificationLog.status(eventId, notice);
        if (before.isPresent() && before.get().isFinal()) {
            return;
        }
        NotificationChannel channel = channels.get(notice.channel());
        if (channel == null || !channel.configured()) {
            // Said once at INFO (a demo without servers would otherwise log every notice), then at DEBUG.
            if (unconfiguredReported.add(notice.channel())) {
                log.info("No {} server configured: {} notifications are recorded as skipped, not sent (set spring.mail.host / "
                        + "zhengtong.mailbox.notifications.sms.host to send them)", notice.channel(), notice.channel());
            }
            log.debug("No {} server configured: {} for letter {} not sent", notice.channel(), notice, letterId);
            notificationLog.record(eventId, letterId, occasion, notice, Status.SKIPPED, "no server configured");
            return;
        }
        try {
            channel.send(notice);
            notificationLog.record(eventId, letterId, occasion, notice, Status.SENT, null);
            log.debug("Sent {} for letter {}", notice, letterId);
        } catch (NotificationChannel.Refused e) {
            log.warn("{} for letter {} refused: {}", notice, letterId, e.getMessage());
            notificationLog.record(eventId, letterId, occasion, notice, Status.REFUSED, e.getMessage());
        } catch (NotificationChannel.Unavailable e) {
            log.warn("{} for letter {} not sent, will retry: {}", notice, letterId, e.getMessage());
            notificationLog.record(eventId, letterId, occasion, notice, Status.FAILED, e.getMessage());
            throw e;
        }
    }

    private static String unitName(OrganisationDirectory directory, String code) {
        if (directory != null) {
            try {
                return directory.unit(code).map(Unit::fullName).orElse("承办单位");
            } catch (RuntimeException unavailable) {
                log.warn("Unit directory unavailable, notifying without the unit's name: {}", unavailable.getMessage());
            }
        }
        return "承办单位";
    }
}
