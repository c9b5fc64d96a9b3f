package io.zhengtong.mailbox.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** How long a notice waits after each failed attempt while its server is unavailable. */
class BackoffTest {

    final Backoff configured = Backoff.of(new NotificationProperties.Retry(null, null, null, null));

    @Test
    void theDefaultPausesDoubleFromThirtySecondsUpToOneHour() {
        assertThat(configured.delayAfter(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(configured.delayAfter(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(configured.delayAfter(3)).isEqualTo(Duration.ofMinutes(2));
        assertThat(configured.delayAfter(7)).isEqualTo(Duration.ofMinutes(32));
        assertThat(configured.delayAfter(8)).isEqualTo(Duration.ofHours(1));
        assertThat(configured.delayAfter(11)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void aVeryLongOutageNeverOverflowsThePause() {
        assertThat(configured.delayAfter(10_000)).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void theNextAttemptComesAfterThePauseUntilTheLastAttemptFailed() {
        Backoff backoff = new Backoff(Duration.ofSeconds(10), 3, Duration.ofMinutes(5), 4);
        Instant now = Instant.parse("2026-11-22T08:00:00Z");

        assertThat(backoff.nextAttempt(1, now)).contains(now.plusSeconds(10));
        assertThat(backoff.nextAttempt(2, now)).contains(now.plusSeconds(30));
        assertThat(backoff.nextAttempt(3, now)).contains(now.plusSeconds(90));
        assertThat(backoff.nextAttempt(4, now)).as("the fourth of four attempts failed").isEmpty();
    }

    @Test
    void theScheduleIsConfigurable() {
        Backoff backoff = Backoff.of(new NotificationProperties.Retry(Duration.ofSeconds(1), 1.5, Duration.ofSeconds(3), 3));

        assertThat(backoff.delayAfter(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.delayAfter(2)).isEqualTo(Duration.ofMillis(1500));
        assertThat(backoff.delayAfter(3)).isEqualTo(Duration.ofMillis(2250));
        assertThat(backoff.delayAfter(4)).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void aScheduleThatWouldShrinkOrNeverTryIsRefusedAtStart() {
        assertThatThrownBy(() -> new NotificationProperties.Retry(Duration.ofSeconds(1), 0.5, null, null))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NotificationProperties.Retry(null, null, null, 0))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NotificationProperties.Retry(Duration.ofMinutes(5), null, Duration.ofMinutes(1), null))
            .isInstanceOf(IllegalArgumentException.class);
    }
}
