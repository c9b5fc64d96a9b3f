package io.zhengtong.gateway.ratelimit;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits on the public endpoints that write or cost (letters, disclosure applications, search),
 * per client IP address and endpoint: a burst of {@code capacity} requests, then
 * {@code refillTokens} per {@code refillPeriod}.
 *
 * @param enabled whether to limit at all
 * @param capacity the burst size
 * @param refillTokens tokens added per period
 * @param refillPeriod the period
 * @param maxClients how many clients to track per endpoint before forgetting idle ones
 * @param endpoints {@code "METHOD /path/pattern"} entries, e.g. {@code "POST /api/mailbox/public/**"}
 */
@ConfigurationProperties("zhengtong.rate-limit")
public record RateLimitProperties(@DefaultValue("true") boolean enabled, @DefaultValue("10") int capacity,
		@DefaultValue("10") int refillTokens, @DefaultValue("1m") Duration refillPeriod,
		@DefaultValue("100000") int maxClients, @DefaultValue List<String> endpoints) {
}
