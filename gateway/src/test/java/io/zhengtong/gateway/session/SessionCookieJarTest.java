package io.zhengtong.gateway.session;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpCookie;
import org.springframework.http.ResponseCookie;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;

class SessionCookieJarTest {

	private final SessionCookieJar jar = new SessionCookieJar(CookieCipher.fromSecret("jar-test-key-0123456789"));

	@Test
	void aSmallValueIsOneHttpOnlyLaxCookie() {
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("http://localhost/"));

		this.jar.write(exchange, "ZT_SESSION", bytes(100), null);

		assertThat(CookieTestSupport.setCookies(exchange)).singleElement().satisfies((cookie) -> {
			assertThat(cookie.getName()).isEqualTo("ZT_SESSION");
			assertThat(cookie.isHttpOnly()).isTrue();
			assertThat(cookie.isSecure()).isFalse();
			assertThat(cookie.getSameSite()).isEqualTo("Lax");
			assertThat(cookie.getPath()).isEqualTo("/");
		});
	}

	@Test
	void onHttpsTheCookieIsSecureAndHostPrefixed() {
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("https://localhost/"));

		this.jar.write(exchange, "ZT_SESSION", bytes(100), null);

		assertThat(CookieTestSupport.setCookies(exchange)).singleElement().satisfies((cookie) -> {
			assertThat(cookie.getName()).isEqualTo("__Host-ZT_SESSION");
			assertThat(cookie.isSecure()).isTrue();
		});
	}

	@Test
	void aLargeValueIsSplitIntoChunksUnderFourKilobytesThatReadBackWhole() {
		byte[] payload = bytes(9000);
		MockServerWebExchange first = MockServerWebExchange.from(MockServerHttpRequest.get("https://localhost/"));

		this.jar.write(first, "ZT_TOKENS", payload, null);

		assertThat(CookieTestSupport.setCookies(first)).extracting(ResponseCookie::getName)
			.containsExactlyInAnyOrder("__Host-ZT_TOKENS.0", "__Host-ZT_TOKENS.1", "__Host-ZT_TOKENS.2",
					"__Host-ZT_TOKENS.3");
		assertThat(CookieTestSupport.setCookies(first))
			.allSatisfy((cookie) -> assertThat(cookie.toString().length()).isLessThan(4096));
		MockServerWebExchange next = CookieTestSupport.next(first, MockServerHttpRequest.get("https://localhost/"));
		assertThat(this.jar.read(next, "ZT_TOKENS")).hasValue(payload);
	}

	@Test
	void aMissingChunkMakesTheValueUnreadable() {
		MockServerWebExchange first = MockServerWebExchange.from(MockServerHttpRequest.get("https://localhost/"));
		this.jar.write(first, "ZT_TOKENS", bytes(9000), null);
		MockServerHttpRequest.BaseBuilder<?> request = MockServerHttpRequest.get("https://localhost/");
		CookieTestSupport.setCookies(first)
			.stream()
			.filter((cookie) -> !cookie.getName().endsWith(".2"))
			.forEach(request::cookie);

		assertThat(this.jar.read(MockServerWebExchange.from(request), "ZT_TOKENS")).isEmpty();
	}

	@Test
	void writingAShorterValueExpiresTheChunksOfTheLongerOne() {
		MockServerWebExchange first = MockServerWebExchange.from(MockServerHttpRequest.get("https://localhost/"));
		this.jar.write(first, "ZT_TOKENS", bytes(9000), null);
		MockServerWebExchange second = CookieTestSupport.next(first, MockServerHttpRequest.get("https://localhost/"));

		this.jar.write(second, "ZT_TOKENS", bytes(100), null);

		assertThat(second.getResponse().getCookies().getFirst("__Host-ZT_TOKENS").getMaxAge().isZero()).isFalse();
		for (int i = 0; i < 4; i++) {
			assertThat(second.getResponse().getCookies().getFirst("__Host-ZT_TOKENS." + i).getMaxAge())
				.isEqualTo(Duration.ZERO);
		}
		MockServerWebExchange third = CookieTestSupport.next(second, MockServerHttpRequest.get("https://localhost/"));
		assertThat(this.jar.read(third, "ZT_TOKENS")).hasValue(bytes(100));
	}

	@Test
	void clearingExpiresEveryPartOfTheCookie() {
		MockServerWebExchange first = MockServerWebExchange.from(MockServerHttpRequest.get("http://localhost/"));
		this.jar.write(first, "ZT_TOKENS", bytes(5000), null);
		MockServerWebExchange second = CookieTestSupport.next(first, MockServerHttpRequest.get("http://localhost/"));

		this.jar.clear(second, "ZT_TOKENS");

		assertThat(CookieTestSupport.setCookies(second)).hasSize(2)
			.allSatisfy((cookie) -> assertThat(cookie.getMaxAge()).isEqualTo(Duration.ZERO));
	}

	@Test
	void aCookieSetOverPlainHttpIsNotReadOverHttps() {
		MockServerWebExchange http = MockServerWebExchange.from(MockServerHttpRequest.get("http://localhost/"));
		this.jar.write(http, "ZT_SESSION", bytes(10), null);

		MockServerWebExchange https = CookieTestSupport.next(http, MockServerHttpRequest.get("https://localhost/"));

		assertThat(this.jar.read(https, "ZT_SESSION")).isEmpty();
	}

	@Test
	void onlyTheGatewaysOwnCookiesCountAsSessionCookies() {
		assertThat(SessionCookieJar.isOwnCookie("ZT_SESSION")).isTrue();
		assertThat(SessionCookieJar.isOwnCookie("__Host-ZT_TOKENS.1")).isTrue();
		assertThat(SessionCookieJar.isOwnCookie("XSRF-TOKEN")).isFalse();
		assertThat(SessionCookieJar.isOwnCookie("KEYCLOAK_IDENTITY")).isFalse();
	}

	@Test
	void presenceIsAboutTheNameNotTheValidity() {
		MockServerWebExchange exchange = MockServerWebExchange
			.from(MockServerHttpRequest.get("http://localhost/").cookie(new HttpCookie("ZT_SESSION", "forged")));

		assertThat(SessionCookieJar.isPresent(exchange.getRequest(), "ZT_SESSION")).isTrue();
		assertThat(this.jar.read(exchange, "ZT_SESSION")).isEmpty();
	}

	private static byte[] bytes(int length) {
		byte[] bytes = new byte[length];
		new Random(length).nextBytes(bytes);
		return new String(bytes, StandardCharsets.ISO_8859_1).getBytes(StandardCharsets.ISO_8859_1);
	}

}
