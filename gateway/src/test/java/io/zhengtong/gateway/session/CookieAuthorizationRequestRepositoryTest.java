package io.zhengtong.gateway.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.PkceParameterNames;

import static org.assertj.core.api.Assertions.assertThat;

class CookieAuthorizationRequestRepositoryTest {

	private static final Instant NOW = Instant.parse("2026-03-02T01:30:00Z");

	private final SessionCookieJar jar = new SessionCookieJar(CookieCipher.fromSecret("authorization-request-key"));

	private final CookieAuthorizationRequestRepository repository = new CookieAuthorizationRequestRepository(this.jar,
			Clock.fixed(NOW, ZoneOffset.UTC));

	@Test
	void theCallbackFindsStateNonceAndPkceVerifierOfItsLogin() {
		OAuth2AuthorizationRequest request = request("state-1");
		MockServerWebExchange start = MockServerWebExchange
			.from(MockServerHttpRequest.get("https://localhost/oauth2/authorization/keycloak"));
		this.repository.saveAuthorizationRequest(request, start).block();
		assertThat(CookieTestSupport.setCookies(start)).singleElement().satisfies((cookie) -> {
			assertThat(cookie.getName()).isEqualTo("__Host-ZT_LOGIN");
			assertThat(cookie.getMaxAge()).isEqualTo(Duration.ofMinutes(10));
		});

		MockServerWebExchange callback = callback(start, "state-1");
		OAuth2AuthorizationRequest loaded = this.repository.removeAuthorizationRequest(callback).block();

		assertThat(loaded).isNotNull();
		assertThat(loaded.getState()).isEqualTo("state-1");
		assertThat(loaded.getClientId()).isEqualTo("zhengtong-gateway");
		assertThat(loaded.getRedirectUri()).isEqualTo("https://localhost:8443/login/oauth2/code/keycloak");
		assertThat(loaded.getScopes()).containsExactlyInAnyOrder("openid", "profile");
		assertThat(loaded.<String>getAttribute(PkceParameterNames.CODE_VERIFIER)).isEqualTo("verifier-state-1");
		assertThat(loaded.<String>getAttribute("nonce")).isEqualTo("nonce-state-1");
		assertThat(loaded.getAdditionalParameters()).containsEntry(PkceParameterNames.CODE_CHALLENGE_METHOD, "S256");
		assertThat(callback.getResponse().getCookies().getFirst("__Host-ZT_LOGIN").getMaxAge()).isEqualTo(Duration.ZERO);
	}

	@Test
	void twoTabsLoggingInAtOnceEachFindTheirOwnLogin() {
		MockServerWebExchange first = MockServerWebExchange
			.from(MockServerHttpRequest.get("https://localhost/oauth2/authorization/keycloak"));
		this.repository.saveAuthorizationRequest(request("tab-1"), first).block();
		MockServerWebExchange second = CookieTestSupport.next(first,
				MockServerHttpRequest.get("https://localhost/oauth2/authorization/keycloak"));
		this.repository.saveAuthorizationRequest(request("tab-2"), second).block();

		MockServerWebExchange callbackOne = callback(second, "tab-1");
		assertThat(this.repository.removeAuthorizationRequest(callbackOne).block().getState()).isEqualTo("tab-1");
		MockServerWebExchange callbackTwo = callback(callbackOne, "tab-2");
		assertThat(this.repository.removeAuthorizationRequest(callbackTwo).block().getState()).isEqualTo("tab-2");
	}

	@Test
	void anUnknownStateFindsNothing() {
		MockServerWebExchange start = MockServerWebExchange
			.from(MockServerHttpRequest.get("https://localhost/oauth2/authorization/keycloak"));
		this.repository.saveAuthorizationRequest(request("state-1"), start).block();

		assertThat(this.repository.loadAuthorizationRequest(callback(start, "forged")).block()).isNull();
	}

	@Test
	void aLoginStartedMoreThanTenMinutesAgoHasExpired() {
		MockServerWebExchange start = MockServerWebExchange
			.from(MockServerHttpRequest.get("https://localhost/oauth2/authorization/keycloak"));
		this.repository.saveAuthorizationRequest(request("state-1"), start).block();
		CookieAuthorizationRequestRepository later = new CookieAuthorizationRequestRepository(this.jar,
				Clock.fixed(NOW.plus(Duration.ofMinutes(11)), ZoneOffset.UTC));

		assertThat(later.loadAuthorizationRequest(callback(start, "state-1")).block()).isNull();
	}

	@Test
	void atMostThreeLoginsArePending() {
		MockServerWebExchange exchange = MockServerWebExchange
			.from(MockServerHttpRequest.get("https://localhost/oauth2/authorization/keycloak"));
		this.repository.saveAuthorizationRequest(request("s1"), exchange).block();
		for (int i = 2; i <= 4; i++) {
			exchange = CookieTestSupport.next(exchange,
					MockServerHttpRequest.get("https://localhost/oauth2/authorization/keycloak"));
			this.repository.saveAuthorizationRequest(request("s" + i), exchange).block();
		}

		assertThat(this.repository.loadAuthorizationRequest(callback(exchange, "s1")).block()).isNull();
		assertThat(this.repository.loadAuthorizationRequest(callback(exchange, "s2")).block()).isNotNull();
		assertThat(this.repository.loadAuthorizationRequest(callback(exchange, "s4")).block()).isNotNull();
	}

	private static MockServerWebExchange callback(MockServerWebExchange previous, String state) {
		return CookieTestSupport.next(previous,
				MockServerHttpRequest.get("https://localhost/login/oauth2/code/keycloak?code=abc&state=" + state));
	}

	private static OAuth2AuthorizationRequest request(String state) {
		return OAuth2AuthorizationRequest.authorizationCode()
			.authorizationUri("https://localhost:8443/auth/realms/zhengtong/protocol/openid-connect/auth")
			.clientId("zhengtong-gateway")
			.redirectUri("https://localhost:8443/login/oauth2/code/keycloak")
			.scope("openid", "profile")
			.state(state)
			.additionalParameters(Map.of(PkceParameterNames.CODE_CHALLENGE, "challenge-" + state,
					PkceParameterNames.CODE_CHALLENGE_METHOD, "S256", "nonce", "hash-" + state))
			.attributes(Map.of("registration_id", "keycloak", PkceParameterNames.CODE_VERIFIER, "verifier-" + state,
					"nonce", "nonce-" + state))
			.build();
	}

}
