package io.zhengtong.platform.events;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param resubmitOlderThan failed outbox entries older than this are sent again
 * @param retries           attempts after the first before a failing record goes to {@code <topic>.DLT}
 * @param retryMaxPause     the longest pause between attempts for {@link RetryLater} failures
 */
@ConfigurationProperties("zhengtong.events")
public record EventsProperties(Duration resubmitOlderThan, Integer retries, Duration retryMaxPause) {

    public EventsProperties {
        resubmitOlderThan = resubmitOlderThan == null ? Duration.ofSeconds(5) : resubmitOlderThan;
        retries = retries == null ? 4 : retries;
        retryMaxPause = retryMaxPause == null ? Duration.ofSeconds(30) : retryMaxPause;
    }
}
