package io.zhengtong.gateway.ratelimit;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import io.zhengtong.gateway.problem.ProblemResponder;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;

class PublicEndpointRateLimitFilterTest {

	private final PublicEndpointRateLimitFilter filter = new PublicEndpointRateLimitFilter(
			new RateLimitProperties(true, 2, 2, Duration.ofMinutes(1), 1000,
					List.of("POST /api/mailbox/public/**", "POST /search")),
			new ProblemResponder());

	private final AtomicInteger forwarded = new AtomicInteger();

	private final GatewayFilterChain chain = (exchange) -> {
		this.forwarded.incrementAndGet();
		return Mono.empty();
	};

	@Test
	void aCitizenSubmittingTooManyLettersGets429WithRetryAfter() {
		submitLetter("203.0.113.7");
		submitLetter("203.0.113.7");

		MockServerWebExchange third = submitLetter("203.0.113.7");

		assertThat(this.forwarded).hasValue(2);
		assertThat(third.getResponse().getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(third.getResponse().getHeaders().getFirst("Retry-After")).isEqualTo("30");
		assertThat(third.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(third.getResponse().getBodyAsString().block()).contains("\"status\":429")
			.contains("\"title\":\"请求过于频繁\"")
			.contains("\"type\":\"urn:zhengtong:problem:too-many-requests\"")
			.contains("\"instance\":\"/api/mailbox/public/letters\"");
	}

	@Test
	void anotherCitizenIsNotAffected() {
		submitLetter("203.0.113.7");
		submitLetter("203.0.113.7");
		submitLetter("203.0.113.7");

		MockServerWebExchange other = submitLetter("198.51.100.20");

		assertThat(other.getResponse().getStatusCode()).isNull();
		assertThat(this.forwarded).hasValue(3);
	}

	@Test
	void readingIsNeverLimited() {
		for (int i = 0; i < 10; i++) {
			run(MockServerHttpRequest.get("/api/mailbox/public/letters/ABC123"), "203.0.113.7");
		}

		assertThat(this.forwarded).hasValue(10);
	}

	@Test
	void eachEndpointHasItsOwnBudget() {
		submitLetter("203.0.113.7");
		submitLetter("203.0.113.7");

		MockServerWebExchange search = run(MockServerHttpRequest.post("/search"), "203.0.113.7");

		assertThat(search.getResponse().getStatusCode()).isNull();
	}

	@Test
	void aBrowserFormGetsAChinesePage() {
		run(MockServerHttpRequest.post("/search"), "203.0.113.7");
		run(MockServerHttpRequest.post("/search"), "203.0.113.7");

		MockServerWebExchange third = run(MockServerHttpRequest.post("/search").accept(MediaType.TEXT_HTML),
				"203.0.113.7");

		assertThat(third.getResponse().getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
		assertThat(third.getResponse().getBodyAsString().block()).contains("<html lang=\"zh-CN\">").contains("请求过于频繁");
	}

	@Test
	void disabledLimitsLetEverythingThrough() {
		PublicEndpointRateLimitFilter disabled = new PublicEndpointRateLimitFilter(
				new RateLimitProperties(false, 1, 1, Duration.ofMinutes(1), 1000, List.of("POST /search")),
				new ProblemResponder());
		for (int i = 0; i < 5; i++) {
			disabled.filter(MockServerWebExchange.from(MockServerHttpRequest.post("/search")), this.chain).block();
		}

		assertThat(this.forwarded).hasValue(5);
	}

	private MockServerWebExchange submitLetter(String address) {
		return run(MockServerHttpRequest.post("/api/mailbox/public/letters").accept(MediaType.APPLICATION_JSON),
				address);
	}

	private MockServerWebExchange run(MockServerHttpRequest.BaseBuilder<?> request, String address) {
		MockServerWebExchange exchange = MockServerWebExchange
			.from(request.remoteAddress(new InetSocketAddress(address, 40000)));
		this.filter.filter(exchange, this.chain).block();
		return exchange;
	}

}
