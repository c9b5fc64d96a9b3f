package io.zhengtong.mailbox.notification;

import io.zhengtong.mailbox.letter.HistoryEntry;
import io.zhengtong.mailbox.letter.Letter;
import io.zhengtong.mailbox.letter.LetterAction;
import io.zhengtong.mailbox.letter.LetterId;
import io.zhengtong.mailbox.letter.LetterStatus;
import io.zhengtong.mailbox.notification.NotificationLog.Recorded;
import io.zhengtong.mailbox.notification.NotificationLog.Status;
import io.zhengtong.mailbox.store.Letters;
import io.zhengtong.mailbox.store.Letters.Addressee;
import io.zhengtong.platform.calendar.WorkingDayCalendar;
import io.zhengtong.platform.directory.OrganisationDirectory;
import io.zhengtong.platform.directory.Unit;
import io.zhengtong.platform.events.ReceivedEvent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Records whom to tell about a letter event: reads what the notices name of the letter
 * ({@link Letters#addressee}: the event carries no personal data; the writer's phone and e-mail are
 * decrypted from the letter), plans the notices and records them to send in the consumer's
 * transaction, in one statement, then returns. Nothing here talks to a mail or SMS
 * server: {@link SendingDueNotices} sends later, so a server that is down holds up no event.
 */
@Service
public class RecordingNotices {

    private static final Logger log = LoggerFactory.getLogger(RecordingNotices.class);
    static final String NO_SERVER = "no server configured";
    static final int MAX_DUPLICATES = 100;

    private final Letters letters;
    private final NotificationLog notificationLog;
    private final Map<Channel, NotificationChannel> channels = new EnumMap<>(Channel.class);
    private final NotificationPlan plan;
    private final Set<Channel> unconfiguredReported = ConcurrentHashMap.newKeySet();

    private final Clock clock;
    private final Duration maxAge;

    /**
     * Units without a configured address, and leaders, are told through the directory when it is
     * available ({@link FindingRecipients}) and a mail or SMS server is configured.
     */
    RecordingNotices(Letters letters, NotificationLog notificationLog, List<NotificationChannel> channels,
            NotificationProperties properties, Optional<OrganisationDirectory> directory, Clock clock,
            FindingRecipients recipients) {
        this.clock = clock;
        this.maxAge = properties.maxAge();
        this.letters = letters;
        this.notificationLog = notificationLog;
        channels.forEach(channel -> this.channels.put(channel.channel(), channel));
        // Without any mail or SMS server a lookup could only be skipped: look nobody up, read no letter for it.
        boolean lookUp = recipients.available() && channels.stream().anyMatch(NotificationChannel::configured);
        this.plan = new NotificationPlan(properties.signature(), properties::unit,
                code -> unitName(directory.orElse(null), code), lookUp);
    }

    /** Runs in the consumer's transaction, which records the event id once this returns. */
    public void on(Occasion occasion, ReceivedEvent<LetterEventData> event) {
        LetterEventData data = event.data();
        if (data == null || data.letter() == null || data.letter().letterId() == null) {
            log.warn("Event {} ({}) has no letter; nothing to notify", event.id(), event.type());
            return;
        }
        Instant now = clock.instant();
        if (event.time() != null && event.time().isBefore(now.minus(maxAge))) {
            log.info("Event {} ({}) of {} is older than {}; too late to notify anyone", event.id(), event.type(), event.time(),
                    maxAge);
            return;
        }
        if (!plan.reachesAnyone(occasion, data)) {
            // An anonymous writer, units without addresses and no directory: reading the letter would tell nobody anything.
            log.debug("Event {} ({}) of letter {} notifies nobody", event.id(), event.type(), data.letter().letterId());
            return;
        }
        Optional<Addressee> found = letters.addressee(new LetterId(UUID.fromString(data.letter().letterId())));
        if (found.isEmpty()) {
            // Another environment's letter on a shared topic, or one that was never committed.
            log.info("Letter {} of event {} is not in this mailbox; nothing to notify", data.letter().letterId(), event.id());
            return;
        }
        Addressee letter = found.get();
        LocalDate answeredOn = Optional.ofNullable(data.answeredAt()).or(() -> Optional.ofNullable(letter.answeredAt()))
            .map(WorkingDayCalendar::dateOf).orElse(null);
        NotificationPlan.Letter planned = planned(letter);
        if (occasion == Occasion.WITHDRAWN) {
            planned = withdrawn(letter.id(), planned, data, event.time());
        }
        List<Recorded> notices = new ArrayList<>(recorded(letter.id(), plan.notices(occasion, data, planned, answeredOn)));
        if (occasion == Occasion.REPLIED) {
            for (Addressee duplicate : mergedInto(letter)) {
                notices.addAll(recorded(duplicate.id(),
                        plan.toDuplicates(occasion, data, List.of(planned(duplicate)), answeredOn)));
            }
        }
        notificationLog.recordAll(event.id(), occasion, notices, now);
    }

    private static NotificationPlan.Letter planned(Addressee letter) {
        return new NotificationPlan.Letter(letter.trackingCode().toString(), letter.mailboxName(), letter.type().label(),
                letter.phone(), letter.email(), letter.rejectionReason());
    }

    /**
     * The leader the letter was taken back from and the reason given, as the event names them.
     * Events published before they carried the leader name neither: then the leader is the one
     * the letter's forwarded notice looked up (the letter forgot them), and the reason the
     * history line of that withdrawal, at or before the event (only then is the whole letter read).
     */
    private NotificationPlan.Letter withdrawn(LetterId id, NotificationPlan.Letter planned, LetterEventData data, Instant at) {
        String leader = data.leader();
        String reason = data.reason();
        if (leader == null || leader.isBlank()) {
            leader = notificationLog.lastForwardedLeader(id.toString()).orElse(null);
            if (leader == null) {
                log.info("Letter {} was taken back from its leader, who was never notified of it: nobody to tell", id);
            }
            reason = null;
        }
        if (reason == null) {
            reason = letters.find(id).map(stored -> reasonInHistory(stored.letter(), at)).orElse(null);
        }
        return new NotificationPlan.Letter(planned.trackingCode(), planned.mailboxName(), planned.typeLabel(), planned.phone(),
                planned.email(), planned.rejectionReason(), leader, reason);
    }

    /** The reason of the letter's last withdrawal at or before {@code at}; its line reads 撤回呈送<leader>的批办：<reason>. */
    private static String reasonInHistory(Letter letter, Instant at) {
        String reason = null;
        for (HistoryEntry entry : letter.history()) {
            if (entry.action() == LetterAction.WITHDRAW_FROM_LEADER && (at == null || !entry.at().isAfter(at))) {
                reason = entry.remark();
            }
        }
        int colon = reason == null ? -1 : reason.indexOf("的批办：");
        return colon < 0 ? reason : reason.substring(colon + "的批办：".length());
    }

    /**
     * Each notice under the letter it concerns (a duplicate's under the duplicate, so its log shows
     * it): to send, or skipped when its channel has no server.
     */
    private List<Recorded> recorded(LetterId letterId, List<Notice> notices) {
        List<Recorded> recorded = new ArrayList<>(notices.size());
        for (Notice notice : notices) {
            if (configured(notice.channel())) {
                recorded.add(new Recorded(letterId.toString(), notice, Status.PENDING, null));
            } else {
                log.debug("No {} server configured: {} for letter {} not sent", notice.channel(), notice, letterId);
                recorded.add(new Recorded(letterId.toString(), notice, Status.SKIPPED, NO_SERVER));
            }
        }
        return recorded;
    }

    /**
     * The letters merged into this one, and those merged into them (a letter merged into one that
     * was merged later), at most {@value #MAX_DUPLICATES}: their writers asked the same thing.
     */
    private List<Addressee> mergedInto(Addressee original) {
        List<Addressee> found = new ArrayList<>();
        Deque<LetterId> next = new ArrayDeque<>(original.duplicates());
        Set<LetterId> seen = new HashSet<>(List.of(original.id()));
        while (!next.isEmpty() && found.size() < MAX_DUPLICATES) {
            LetterId id = next.poll();
            if (seen.add(id)) {
                letters.addressee(id).filter(l -> l.status() == LetterStatus.MERGED)
                    .ifPresent(duplicate -> {
                        found.add(duplicate);
                        next.addAll(duplicate.duplicates());
                    });
            }
        }
        return found;
    }

    private boolean configured(Channel channel) {
        NotificationChannel sender = channels.get(channel);
        if (sender != null && sender.configured()) {
            return true;
        }
        // Said once at INFO (a demo without servers would otherwise log every notice), then at DEBUG.
        if (unconfiguredReported.add(channel)) {
            log.info("No {} server configured: {} notifications are recorded as skipped, not sent (set spring.mail.host / "
                    + "zhengtong.mailbox.notifications.sms.host to send them)", channel, channel);
        }
        return false;
    }

    /** The unit's full name, {@code null} when unknown (the plan then says 承办单位 or 协办单位). */
    private static String unitName(OrganisationDirectory directory, String code) {
        if (directory != null) {
            try {
                return directory.unit(code).map(Unit::fullName).orElse(null);
            } catch (RuntimeException unavailable) {
                log.warn("Unit directory unavailable, notifying without the unit's name: {}", unavailable.getMessage());
            }
        }
        return null;
    }
}
