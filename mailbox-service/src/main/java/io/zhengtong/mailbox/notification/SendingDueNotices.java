package io.zhengtong.mailbox.notification;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.zhengtong.mailbox.notification.NotificationLog.Claimed;
import io.zhengtong.mailbox.notification.NotificationLog.Status;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    private ScheduledExecutorService thread;

    SendingDueNotices(NotificationLog notificationLog, List<NotificationChannel> channels, NotificationProperties properties,
            Clock clock, MeterRegistry meters) {
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
        int tried = 0;
        while (tried < sender.batchSize()) {
            Optional<Claimed> claimed = notificationLog.claimNextDue(clock.instant(), sender.lease(), unavailable);
            if (claimed.isEmpty()) {
                break;
            }
            if (!attempt(claimed.get())) {
                unavailable.add(claimed.get().notice().channel());
            }
            tried++;
        }
        return tried;
    }

    /** Answers false when the channel's server was unavailable. */
    private boolean attempt(Claimed claimed) {
        Notice notice = claimed.notice();
        NotificationChannel channel = channels.get(notice.channel());
        int attempt = claimed.attempts() + 1;
        if (channel == null || !channel.configured()) {
            log.info("No {} server configured (any more): {} for letter {} skipped", notice.channel(), notice, claimed.letterId());
            outcome(claimed, Status.SKIPPED, RecordingNotices.NO_SERVER, null);
            return true;
        }
        try {
            channel.send(notice);
            log.debug("Sent {} for letter {} (attempt {})", notice, claimed.letterId(), attempt);
            outcome(claimed, Status.SENT, null, null);
        } catch (NotificationChannel.Refused e) {
            log.warn("{} for letter {} refused: {}", notice, claimed.letterId(), e.getMessage());
            outcome(claimed, Status.REFUSED, e.getMessage(), null);
        } catch (NotificationChannel.Unavailable e) {
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
            return false;
        }
        return true;
    }

    private void outcome(Claimed claimed, Status status, String error, Instant next) {
        Counter.builder("zhengtong.mailbox.notifications.attempts")
            .description("Notification attempts by channel and outcome (pending = to be retried)")
            .tag("channel", claimed.notice().channel().name().toLowerCase())
            .tag("outcome", status.name().toLowerCase())
            .register(meters)
            .increment();
        if (!notificationLog.recordAttempt(claimed, status, error, clock.instant(), next)) {
            log.warn("{} for letter {}: the claim ran out before the outcome {} was recorded (raise "
                    + "zhengtong.mailbox.notifications.sender.lease)", claimed.notice(), claimed.letterId(), status);
        }
    }
}
