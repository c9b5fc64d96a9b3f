package io.zhengtong.platform.events;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param resubmitOlderThan failed outbox entries older than this are sent again
 * @param retries           attempts after the first before a failing record goes to {@code <topic>.DLT}
 * @param retryMaxPause     the longest pause between attempts for {@link RetryLater} failures
 * @param topicPrefix       put before every topic name, so that environments sharing one Kafka
 *                          (the tests and the running demo platform here) never see each other's
 *                          events; consumers subscribe to {@code ${zhengtong.events.topic-prefix:}<topic>}
 * @param partitions        partitions of the topics a service declares for its event contracts
 */
@ConfigurationProperties("zhengtong.events")
public record EventsProperties(Duration resubmitOlderThan, Integer retries, Duration retryMaxPause,
        String topicPrefix, Integer partitions) {

    public EventsProperties {
        topicPrefix = topicPrefix == null ? "" : topicPrefix;
        partitions = partitions == null ? 3 : partitions;
        resubmitOlderThan = resubmitOlderThan == null ? Duration.ofSeconds(5) : resubmitOlderThan;
        retries = retries == null ? 4 : retries;
        retryMaxPause = retryMaxPause == null ? Duration.ofSeconds(30) : retryMaxPause;
    }
}
