package io.zhengtong.gateway.login;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpCookie;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;

class SavedPageCookieTest {

	private final SavedPageCookie cache = new SavedPageCookie();

	@Test
	void thePageABrowserWantedIsWhereItComesBack() {
		MockServerWebExchange wanted = MockServerWebExchange
			.from(MockServerHttpRequest.get("https://localhost:8443/oa/letters/42?tab=reply").accept(MediaType.TEXT_HTML));

		this.cache.saveRequest(wanted).block();

		ResponseCookie cookie = wanted.getResponse().getCookies().getFirst("ZT_AFTER_LOGIN");
		assertThat(cookie.isHttpOnly()).isTrue();
		assertThat(cookie.isSecure()).isTrue();
		assertThat(cookie.getMaxAge()).isEqualTo(Duration.ofMinutes(10));
		assertThat(this.cache.getRedirectUri(withCookie(cookie.getValue(), "/login/oauth2/code/keycloak")).block())
			.isEqualTo(URI.create("/oa/letters/42?tab=reply"));
	}

	@Test
	void scriptsAndImagesAreNotRemembered() {
		MockServerWebExchange script = MockServerWebExchange
			.from(MockServerHttpRequest.get("/oa/assets/app.js").accept(MediaType.ALL));

		this.cache.saveRequest(script).block();

		assertThat(script.getResponse().getCookies()).isEmpty();
	}

	@Test
	void onlyPathsOfThisSiteAreEverRedirectTargets() {
		for (String forged : new String[] { "//evil.example/x", "/\\evil.example", "https://evil.example/",
				"javascript:alert(1)", "/ok\r\nSet-Cookie: x=y" }) {
			String value = Base64.getUrlEncoder().withoutPadding().encodeToString(forged.getBytes(StandardCharsets.UTF_8));

			assertThat(this.cache.getRedirectUri(withCookie(value, "/login/oauth2/code/keycloak")).block()).as(forged)
				.isNull();
		}
	}

	@Test
	void theCookieIsForgottenOnlyBackOnThatPage() {
		String value = Base64.getUrlEncoder().withoutPadding().encodeToString("/oa/letters".getBytes(StandardCharsets.UTF_8));
		MockServerWebExchange keycloakPage = withCookie(value, "/auth/realms/zhengtong/protocol/openid-connect/auth");
		MockServerWebExchange backOnThePage = withCookie(value, "/oa/letters");

		this.cache.removeMatchingRequest(keycloakPage).block();
		this.cache.removeMatchingRequest(backOnThePage).block();

		assertThat(keycloakPage.getResponse().getCookies()).isEmpty();
		assertThat(backOnThePage.getResponse().getCookies().getFirst("ZT_AFTER_LOGIN").getMaxAge()).isZero();
	}

	@Test
	void aPageOfThisSiteThatStartsTheLoginIsRemembered() {
		MockServerWebExchange start = MockServerWebExchange.from(MockServerHttpRequest
			.get("https://localhost:8443/oauth2/authorization/keycloak")
			.header("Referer", "https://localhost:8443/zwgk/list?page=3"));

		this.cache.refererAtLoginStart().filter(start, (exchange) -> exchange.getResponse().setComplete()).block();

		String value = start.getResponse().getCookies().getFirst("ZT_AFTER_LOGIN").getValue();
		assertThat(this.cache.getRedirectUri(withCookie(value, "/login/oauth2/code/keycloak")).block())
			.isEqualTo(URI.create("/zwgk/list?page=3"));
	}

	@Test
	void anotherSiteOrPortIsNotRemembered() {
		for (String referer : new String[] { "https://evil.example/zwgk", "http://localhost:8443/zwgk",
				"https://localhost:9443/zwgk" }) {
			MockServerWebExchange start = MockServerWebExchange.from(MockServerHttpRequest
				.get("https://localhost:8443/oauth2/authorization/keycloak")
				.header("Referer", referer));

			this.cache.refererAtLoginStart().filter(start, (exchange) -> exchange.getResponse().setComplete()).block();

			assertThat(start.getResponse().getCookies()).as(referer).isEmpty();
		}
	}

	private static MockServerWebExchange withCookie(String value, String path) {
		return MockServerWebExchange.from(
				MockServerHttpRequest.get("https://localhost:8443" + path).cookie(new HttpCookie("ZT_AFTER_LOGIN", value)));
	}

}
