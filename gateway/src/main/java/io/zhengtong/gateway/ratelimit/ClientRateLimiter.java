package io.zhengtong.gateway.ratelimit;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * One token bucket per client (by IP address), in memory. Each gateway replica counts on its own,
 * so the effective limit is at most the number of replicas times the configured one, which is
 * fine for turning away floods of form submissions. Buckets that have filled up again are
 * forgotten when there are too many, so the map cannot grow without bound.
 */
final class ClientRateLimiter {

	private final int capacity;

	private final double tokensPerNano;

	private final int maxClients;

	private final LongSupplier nanoTime;

	private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

	ClientRateLimiter(int capacity, int refillTokens, Duration refillPeriod, int maxClients, LongSupplier nanoTime) {
		if (capacity < 1 || refillTokens < 1 || refillPeriod.isNegative() || refillPeriod.isZero()) {
			throw new IllegalArgumentException("capacity, refill tokens and refill period must be positive");
		}
		this.capacity = capacity;
		this.tokensPerNano = refillTokens / (double) refillPeriod.toNanos();
		this.maxClients = maxClients;
		this.nanoTime = nanoTime;
	}

	TokenBucket.Decision tryAcquire(String client) {
		long now = this.nanoTime.getAsLong();
		if (this.buckets.size() >= this.maxClients && !this.buckets.containsKey(client)) {
			evictFullBuckets(now);
		}
		return this.buckets.computeIfAbsent(client, (key) -> new TokenBucket(this.capacity, this.tokensPerNano, now))
			.tryTake(now);
	}

	int trackedClients() {
		return this.buckets.size();
	}

	private void evictFullBuckets(long now) {
		this.buckets.values().removeIf((bucket) -> bucket.isFull(now));
		if (this.buckets.size() >= this.maxClients) {
			// Under a flood from very many addresses: start over rather than run out of memory.
			this.buckets.clear();
		}
	}

}
