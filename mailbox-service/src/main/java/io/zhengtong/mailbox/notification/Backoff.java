package io.zhengtong.mailbox.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a notice whose server was unavailable is tried again: the first pause, then each one
 * {@code multiplier} times longer, never longer than the cap; after {@code maxAttempts} failed
 * attempts, never (the notice is FAILED). Per notice, so one broken server or address delays
 * only its own notices.
 */
public record Backoff(Duration firstDelay, double multiplier, Duration maxDelay, int maxAttempts) {

    static Backoff of(NotificationProperties.Retry retry) {
        return new Backoff(retry.firstDelay(), retry.multiplier(), retry.maxDelay(), retry.maxAttempts());
    }

    /** The pause after the given number of failed attempts (1 = the first failed). */
    public Duration delayAfter(int failedAttempts) {
        double millis = firstDelay.toMillis() * Math.pow(multiplier, Math.max(0, failedAttempts - 1));
        return millis >= maxDelay.toMillis() ? maxDelay : Duration.ofMillis((long) millis);
    }

    /** When to try next after {@code failedAttempts} failures at {@code now}; empty = give up. */
    public Optional<Instant> nextAttempt(int failedAttempts, Instant now) {
        return failedAttempts >= maxAttempts ? Optional.empty() : Optional.of(now.plus(delayAfter(failedAttempts)));
    }
}
