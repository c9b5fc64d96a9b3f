package io.zhengtong.platform.overload;

import java.time.Duration;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param concurrentRequests API requests a service works on at once (the rest wait)
 * @param queueWait how long a request waits for its turn before it is answered 503; well below the
 *     gateway's timeout, so a refused request is refused before the gateway gives up on it
 * @param entryRequests requests that start new work, as "METHOD /path" (exact path): they wait for a
 *     turn only {@code entryWait}, so past capacity the work already under way goes first
 * @param entryWait how long an entry request waits for its turn before it is answered 503
 */
@ConfigurationProperties("zhengtong.overload")
public record OverloadProperties(Integer concurrentRequests, Duration queueWait, Set<String> entryRequests,
        Duration entryWait) {

    public OverloadProperties {
        concurrentRequests = concurrentRequests == null ? 32 : concurrentRequests;
        queueWait = queueWait == null ? Duration.ofSeconds(2) : queueWait;
        entryRequests = entryRequests == null ? Set.of() : Set.copyOf(entryRequests);
        entryWait = entryWait == null ? Duration.ofMillis(100) : entryWait;
    }
}
