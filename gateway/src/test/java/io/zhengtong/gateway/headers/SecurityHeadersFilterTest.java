package io.zhengtong.gateway.headers;

import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.WebFilterChain;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityHeadersFilterTest {

	private final SecurityHeadersFilter filter = new SecurityHeadersFilter(
			new SecurityHeadersProperties(SecurityHeadersProperties.DEFAULT_CSP,
					SecurityHeadersProperties.DEFAULT_PERMISSIONS, Duration.ofDays(365), List.of("/auth/**")));

	@Test
	void everyResponseGetsTheSecurityHeaders() {
		MockServerWebExchange exchange = respond(MockServerHttpRequest.get("https://localhost/oa/"), (ex) -> {
		});

		var headers = exchange.getResponse().getHeaders();
		assertThat(headers.getFirst("Content-Security-Policy")).contains("default-src 'self'")
			.contains("style-src 'self' 'unsafe-inline'")
			.contains("frame-ancestors 'none'")
			.doesNotContain("http");
		assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
		assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
		assertThat(headers.getFirst("Permissions-Policy")).contains("camera=()");
		assertThat(headers.getFirst("Strict-Transport-Security")).isEqualTo("max-age=31536000");
	}

	@Test
	void plainHttpGetsNoHsts() {
		MockServerWebExchange exchange = respond(MockServerHttpRequest.get("http://localhost/"), (ex) -> {
		});

		assertThat(exchange.getResponse().getHeaders().containsHeader("Strict-Transport-Security")).isFalse();
	}

	@Test
	void aServicesOwnPolicyIsKept() {
		MockServerWebExchange exchange = respond(MockServerHttpRequest.get("https://localhost/"), (ex) -> ex
			.getResponse()
			.getHeaders()
			.set("Content-Security-Policy", "default-src 'self'; img-src 'self' https://tile.example"));

		assertThat(exchange.getResponse().getHeaders().get("Content-Security-Policy"))
			.containsExactly("default-src 'self'; img-src 'self' https://tile.example");
	}

	@Test
	void keycloakPagesKeepTheirOwnContentAndFramingPolicies() {
		MockServerWebExchange exchange = respond(
				MockServerHttpRequest.get("https://localhost/auth/realms/zhengtong/protocol/openid-connect/auth"),
				(ex) -> {
				});

		var headers = exchange.getResponse().getHeaders();
		assertThat(headers.containsHeader("Content-Security-Policy")).isFalse();
		assertThat(headers.containsHeader("X-Frame-Options")).isFalse();
		assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
	}

	@Test
	void keycloaksOwnHeadersAreNotTouched() {
		MockServerWebExchange exchange = respond(MockServerHttpRequest.get("https://localhost/auth/realms/zhengtong/account"),
				(ex) -> {
					ex.getResponse().getHeaders().set("Content-Security-Policy", "frame-src 'self'; frame-ancestors 'self'; object-src 'none';");
					ex.getResponse().getHeaders().set("X-Frame-Options", "SAMEORIGIN");
					ex.getResponse().getHeaders().set("Referrer-Policy", "no-referrer");
				});

		var headers = exchange.getResponse().getHeaders();
		assertThat(headers.get("Content-Security-Policy"))
			.containsExactly("frame-src 'self'; frame-ancestors 'self'; object-src 'none';");
		assertThat(headers.get("X-Frame-Options")).containsExactly("SAMEORIGIN");
		assertThat(headers.get("Referrer-Policy")).containsExactly("no-referrer");
	}

	private MockServerWebExchange respond(MockServerHttpRequest.BaseBuilder<?> request,
			Consumer<MockServerWebExchange> downstream) {
		MockServerWebExchange exchange = MockServerWebExchange.from(request);
		WebFilterChain chain = (ex) -> {
			downstream.accept(exchange);
			return exchange.getResponse().setComplete();
		};
		this.filter.filter(exchange, chain).block();
		return exchange;
	}

}
