package io.zhengtong.platform.overload;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param concurrentRequests API requests a service works on at once (the rest wait)
 * @param queueWait how long a request waits for its turn before it is answered 503; well below the
 *     gateway's timeout, so a refused request is refused before the gateway gives up on it
 */
@ConfigurationProperties("zhengtong.overload")
public record OverloadProperties(Integer concurrentRequests, Duration queueWait) {

    public OverloadProperties {
        concurrentRequests = concurrentRequests == null ? 32 : concurrentRequests;
        queueWait = queueWait == null ? Duration.ofSeconds(2) : queueWait;
    }
}
