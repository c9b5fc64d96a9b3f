package io.zhengtong.mailbox.notification;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.zhengtong.mailbox.notification.NotificationLog.Claimed;
import io.zhengtong.mailbox.notification.NotificationLog.Status;
import io.zhengtong.platform.directory.KeycloakUnitMembers;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Sends the notices that are due, one claimed at a time ({@link NotificationLog#claimNextDue}), so
 * two instances never send the same one. A server that is unavailable puts the notice back with
 * the next pause of its {@link Backoff}; after the last attempt it is FAILED (a warning in the
 * log, and the gauge {@code zhengtong.mailbox.notifications.queued{status=failed}}). An address
 * the server refuses for good is REFUSED at once. A channel with no server is SKIPPED.
 *
 * <p>A notice with a {@link Lookup} (a unit without configured address, a leader) is first looked
 * up in the organisation directory ({@link FindingRecipients}): it becomes one pending notice per
 * person with an address on its channel (sent in this or the next run) and is itself RESOLVED;
 * NOBODY when the unit has nobody to tell (a warning once per unit and channel); while Keycloak is
 * unreachable it waits with the same backoff as a notice whose server is down, and lookups are not
 * tried again in that run. The lookup claimed is claimed with the other due lookups of the same
 * unit and roles (or person), on either channel, up to the batch, and all are answered from one
 * question per unit and role to the directory in that run ({@link FindingRecipients.Pass}) and
 * recorded in one transaction: a due-soon run's hundreds of unit notices cost a few lookups, not one each.
 *
 * <p>A crash between the server's acceptance and the recorded outcome sends that notice again
 * when its lease ends: at most once per claim, not across crashes.
 */
@Component
@ConditionalOnProperty(name = "zhengtong.mailbox.notifications.enabled", havingValue = "true", matchIfMissing = true)
public class SendingDueNotices implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SendingDueNotices.class);

    private final NotificationLog notificationLog;
    private final Map<Channel, NotificationChannel> channels = new EnumMap<>(Channel.class);
    private final Backoff backoff;
    private final NotificationProperties.Sender sender;
    private final Clock clock;
    private final MeterRegistry meters;
    private final FindingRecipients recipients;
    private final Set<String> nobodyReported = ConcurrentHashMap.newKeySet();
    private ScheduledExecutorService thread;

    SendingDueNotices(NotificationLog notificationLog, List<NotificationChannel> channels, NotificationProperties properties,
            Clock clock, MeterRegistry meters, FindingRecipients recipients) {
        this.recipients = recipients;
        this.notificationLog = notificationLog;
        channels.forEach(channel -> this.channels.put(channel.channel(), channel));
        this.backoff = Backoff.of(properties.retry());
        this.sender = properties.sender();
        this.clock = clock;
        this.meters = meters;
        for (Status status : List.of(Status.PENDING, Status.FAILED)) {
            Gauge.builder("zhengtong.mailbox.notifications.queued", notificationLog, queue -> queue.counts().get(status))
                .description("Notices waiting to be sent (pending) and given up after the last attempt (failed)")
                .tag("status", status.name().toLowerCase())
                .register(meters);
        }
    }

    /** Its own thread: a mail server that hangs until its timeout must not hold up the service's other schedules. */
    @Override
    public synchronized void start() {
        if (thread == null) {
            thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
                Thread named = new Thread(runnable, "notification-sender");
                named.setDaemon(true);
                return named;
            });
            long every = sender.pollInterval().toMillis();
            thread.scheduleWithFixedDelay(this::onSchedule, every, every, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public synchronized void stop() {
        if (thread != null) {
            thread.shutdownNow();
            try {
                thread.awaitTermination(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            thread = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return thread != null;
    }

    void onSchedule() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            // The database is briefly away: the next run tries again.
            log.warn("Sending due notifications failed: {}", e.getMessage());
        }
    }

    /** Sends up to one batch of due notices; answers how many were tried. */
    public int sendDue() {
        // A channel found unavailable is not tried again in this run: its other notices would wait
        // for the same timeout, and those of the other channel behind them.
        Set<Channel> unavailable = EnumSet.noneOf(Channel.class);
        FindingRecipients.Pass directory = recipients.pass();
        boolean directoryDown = false;
        int tried = 0;
        while (tried < sender.batchSize()) {
            Optional<Claimed> claimed = notificationLog.claimNextDue(clock.instant(), sender.lease(), unavailable, directoryDown);
            if (claimed.isEmpty()) {
                break;
            }
            Notice notice = claimed.get().notice();
            if (notice.lookup() != null && configured(notice.channel())) {
                List<Claimed> group = new ArrayList<>(List.of(claimed.get()));
                group.addAll(notificationLog.claimDueLookups(notice.lookup(), clock.instant(), sender.lease(), unavailable,
                        sender.batchSize() - tried - 1));
                directoryDown = !lookUp(group, directory);
                tried += group.size();
            } else {
                if (!attempt(claimed.get())) {
                    unavailable.add(notice.channel());
                }
                tried++;
            }
        }
        return tried;
    }

    private boolean configured(Channel channel) {
        NotificationChannel sender = channels.get(channel);
        return sender != null && sender.configured();
    }

    /** Answers false when the channel's server was unavailable. */
    private boolean attempt(Claimed claimed) {
        Notice notice = claimed.notice();
        if (!configured(notice.channel())) {
            skip(claimed);
            return true;
        }
        int attempt = claimed.attempts() + 1;
        try {
            channels.get(notice.channel()).send(notice);
            log.debug("Sent {} for letter {} (attempt {})", notice, claimed.letterId(), attempt);
            outcome(claimed, Status.SENT, null, null);
        } catch (NotificationChannel.Refused e) {
            log.warn("{} for letter {} refused: {}", notice, claimed.letterId(), e.getMessage());
            outcome(claimed, Status.REFUSED, e.getMessage(), null);
        } catch (NotificationChannel.Unavailable e) {
            later(claimed, attempt, e);
            return false;
        }
        return true;
    }

    private void skip(Claimed claimed) {
        log.info("No {} server configured (any more): {} for letter {} skipped", claimed.notice().channel(), claimed.notice(),
                claimed.letterId());
        outcome(claimed, Status.SKIPPED, RecordingNotices.NO_SERVER, null);
    }

    /**
     * Turns each lookup of the group (one spec, either channel) into one notice per person found,
     * recorded together; answers false when the directory was unavailable (each then waits with its backoff).
     */
    private boolean lookUp(List<Claimed> group, FindingRecipients.Pass directory) {
        Lookup lookup = Lookup.parse(group.getFirst().notice().lookup());
        boolean answered = true;
        List<NotificationLog.LookedUp> outcomes = new ArrayList<>();
        for (Claimed claimed : group) {
            Notice notice = claimed.notice();
            if (!configured(notice.channel())) {
                skip(claimed);
                continue;
            }
            List<FindingRecipients.Person> people;
            try {
                people = directory.find(lookup, notice.channel());
            } catch (NotificationChannel.Unavailable e) {
                later(claimed, claimed.attempts() + 1, e);
                answered = false;
                continue;
            }
            List<Notice> found = people.stream().map(person -> notice.toPerson(person.username(), person.address())).toList();
            String note = found.isEmpty() ? nobody(lookup, notice.channel()) : null;
            if (found.isEmpty() && nobodyReported.add(lookup.spec() + "|" + notice.channel())) {
                String field = notice.channel() == Channel.EMAIL ? "e-mail address" : "attribute " + KeycloakUnitMembers.PHONE_ATTRIBUTE;
                String remedy = lookup.isPerson() ? "Give the account an " + field + " in the realm"
                        : "Give the unit's people an " + field + " in the realm, or configure zhengtong.mailbox.notifications.units."
                                + lookup.unitCode() + "." + (notice.channel() == Channel.EMAIL ? "email" : "phone");
                log.warn("Nobody to tell: {} ({} for letter {}); such {} notices are recorded as NOBODY. {}", note,
                        notice.template(), claimed.letterId(), notice.channel(), remedy);
            }
            outcomes.add(new NotificationLog.LookedUp(claimed, found, note));
        }
        if (!outcomes.isEmpty()) {
            List<Claimed> lost = notificationLog.recordLookups(outcomes, clock.instant());
            for (Claimed notRecorded : lost) {
                log.warn("{} for letter {}: the claim ran out before the lookup was recorded (raise "
                        + "zhengtong.mailbox.notifications.sender.lease)", notRecorded.notice(), notRecorded.letterId());
            }
            // Counted once recorded: a lost claim's lookup is done again by whoever holds it now.
            outcomes.stream().filter(outcome -> !lost.contains(outcome.claimed()))
                .forEach(outcome -> count(outcome.claimed(), outcome.found().isEmpty() ? Status.NOBODY : Status.RESOLVED));
        }
        return answered;
    }

    private static String nobody(Lookup lookup, Channel channel) {
        String address = channel == Channel.EMAIL ? "an e-mail address" : "a phone number";
        return lookup.isPerson() ? "the account " + lookup.username() + " is unknown or has no " + address.substring(2)
                : "nobody in unit " + lookup.unitCode() + " with role " + String.join(" or ", lookup.roles()) + " has " + address;
    }

    /** The server (or directory) is unavailable: try again after the backoff's pause, or give up after the last attempt. */
    private void later(Claimed claimed, int attempt, NotificationChannel.Unavailable e) {
        Notice notice = claimed.notice();
        Optional<Instant> next = backoff.nextAttempt(attempt, clock.instant());
        if (next.isPresent()) {
            log.info("{} for letter {} not sent (attempt {} of {}), next at {}: {}", notice, claimed.letterId(), attempt,
                    backoff.maxAttempts(), next.get(), e.getMessage());
            outcome(claimed, Status.PENDING, e.getMessage(), next.get());
        } else {
            log.warn("{} for letter {} FAILED after {} attempts, not tried again: {}", notice, claimed.letterId(), attempt,
                    e.getMessage());
            outcome(claimed, Status.FAILED, e.getMessage(), null);
        }
    }

    private void outcome(Claimed claimed, Status status, String error, Instant next) {
        if (notificationLog.recordAttempt(claimed, status, error, clock.instant(), next)) {
            count(claimed, status);
        } else {
            log.warn("{} for letter {}: the claim ran out before the outcome {} was recorded (raise "
                    + "zhengtong.mailbox.notifications.sender.lease)", claimed.notice(), claimed.letterId(), status);
        }
    }

    private void count(Claimed claimed, Status status) {
        Counter.builder("zhengtong.mailbox.notifications.attempts")
            .description("Notification attempts by channel and outcome (pending = to be retried)")
            .tag("channel", claimed.notice().channel().name().toLowerCase())
            .tag("outcome", status.name().toLowerCase())
            .register(meters)
            .increment();
    }
}
