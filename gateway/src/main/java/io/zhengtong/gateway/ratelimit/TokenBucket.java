package io.zhengtong.gateway.ratelimit;

/**
 * A token bucket: holds up to {@code capacity} tokens, refills continuously at a fixed rate, and
 * each request takes one. Thread-safe; time is passed in (nanoseconds) so tests control it.
 */
final class TokenBucket {

	private final double capacity;

	private final double tokensPerNano;

	private double tokens;

	private long updatedAt;

	TokenBucket(int capacity, double tokensPerNano, long now) {
		this.capacity = capacity;
		this.tokensPerNano = tokensPerNano;
		this.tokens = capacity;
		this.updatedAt = now;
	}

	synchronized Decision tryTake(long now) {
		refill(now);
		if (this.tokens >= 1) {
			this.tokens -= 1;
			return new Decision(true, (long) Math.floor(this.tokens), 0);
		}
		double missingNanos = (1 - this.tokens) / this.tokensPerNano;
		long retryAfterSeconds = Math.max(1, (long) Math.ceil(missingNanos / 1_000_000_000d));
		return new Decision(false, 0, retryAfterSeconds);
	}

	/** A full bucket is as good as none: it can be forgotten. */
	synchronized boolean isFull(long now) {
		refill(now);
		return this.tokens >= this.capacity;
	}

	private void refill(long now) {
		long elapsed = now - this.updatedAt;
		if (elapsed > 0) {
			this.tokens = Math.min(this.capacity, this.tokens + elapsed * this.tokensPerNano);
			this.updatedAt = now;
		}
	}

	/**
	 * @param allowed whether the request may pass
	 * @param remaining whole tokens left after this request
	 * @param retryAfterSeconds when refused, the seconds until a token is available
	 */
	record Decision(boolean allowed, long remaining, long retryAfterSeconds) {
	}

}
