package io.zhengtong.gateway.ratelimit;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TokenBucketTest {

	private final AtomicLong now = new AtomicLong(1_000_000_000L);

	/** 3 at once, then 1 every 10 seconds. */
	private final ClientRateLimiter limiter = new ClientRateLimiter(3, 6, Duration.ofMinutes(1), 100, this.now::get);

	@Test
	void aClientMayBurstUpToTheCapacity() {
		assertThat(this.limiter.tryAcquire("10.0.0.1").allowed()).isTrue();
		assertThat(this.limiter.tryAcquire("10.0.0.1").allowed()).isTrue();
		assertThat(this.limiter.tryAcquire("10.0.0.1").allowed()).isTrue();

		TokenBucket.Decision fourth = this.limiter.tryAcquire("10.0.0.1");

		assertThat(fourth.allowed()).isFalse();
		assertThat(fourth.retryAfterSeconds()).isEqualTo(10);
	}

	@Test
	void tokensComeBackOverTime() {
		for (int i = 0; i < 3; i++) {
			this.limiter.tryAcquire("10.0.0.1");
		}
		advance(Duration.ofSeconds(4));
		assertThat(this.limiter.tryAcquire("10.0.0.1").retryAfterSeconds()).isEqualTo(6);

		advance(Duration.ofSeconds(6));

		assertThat(this.limiter.tryAcquire("10.0.0.1").allowed()).isTrue();
		assertThat(this.limiter.tryAcquire("10.0.0.1").allowed()).isFalse();
	}

	@Test
	void theBucketNeverHoldsMoreThanItsCapacity() {
		advance(Duration.ofHours(5));

		assertThat(this.limiter.tryAcquire("10.0.0.1").remaining()).isEqualTo(2);
	}

	@Test
	void eachClientHasItsOwnBucket() {
		for (int i = 0; i < 3; i++) {
			this.limiter.tryAcquire("10.0.0.1");
		}

		assertThat(this.limiter.tryAcquire("10.0.0.1").allowed()).isFalse();
		assertThat(this.limiter.tryAcquire("10.0.0.2").allowed()).isTrue();
	}

	@Test
	void clientsThatCalmedDownAreForgottenWhenTheTableIsFull() {
		ClientRateLimiter small = new ClientRateLimiter(3, 6, Duration.ofMinutes(1), 10, this.now::get);
		for (int i = 0; i < 10; i++) {
			small.tryAcquire("10.0.0." + i);
		}
		advance(Duration.ofMinutes(1));

		small.tryAcquire("10.0.1.1");

		assertThat(small.trackedClients()).isEqualTo(1);
	}

	private void advance(Duration duration) {
		this.now.addAndGet(duration.toNanos());
	}

}
