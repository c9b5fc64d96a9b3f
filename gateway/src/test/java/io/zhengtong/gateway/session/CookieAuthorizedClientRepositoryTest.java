package io.zhengtong.gateway.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryReactiveClientRegistrationRepository;

import static org.assertj.core.api.Assertions.assertThat;

class CookieAuthorizedClientRepositoryTest {

	private static final Instant NOW = Instant.parse("2026-03-02T01:30:00Z");

	private final ClientRegistration registration = TestLogins.registration();

	private final CookieAuthorizedClientRepository repository = repository("authorized-client-test-key");

	private final OAuth2AuthenticationToken zhangWei = TestLogins.login("zhang.wei", "张伟", NOW);

	@Test
	void theTokensComeBackFromTheCookie() {
		OAuth2AuthorizedClient client = TestLogins.authorizedClient(this.registration, "zhang.wei", NOW,
				NOW.plusSeconds(300));
		MockServerWebExchange first = exchange();
		this.repository.saveAuthorizedClient(client, this.zhangWei, first).block();

		OAuth2AuthorizedClient loaded = this.repository
			.<OAuth2AuthorizedClient>loadAuthorizedClient("keycloak", this.zhangWei, next(first))
			.block();

		assertThat(loaded).isNotNull();
		assertThat(loaded.getPrincipalName()).isEqualTo("zhang.wei");
		assertThat(loaded.getClientRegistration().getClientId()).isEqualTo("zhengtong-gateway");
		assertThat(loaded.getAccessToken().getTokenValue()).isEqualTo(client.getAccessToken().getTokenValue());
		assertThat(loaded.getAccessToken().getExpiresAt()).isEqualTo(NOW.plusSeconds(300));
		assertThat(loaded.getAccessToken().getScopes()).containsExactlyInAnyOrder("openid", "profile");
		assertThat(loaded.getRefreshToken().getTokenValue()).isEqualTo("refresh-zhang.wei");
		assertThat(loaded.getRefreshToken().getExpiresAt()).isEqualTo(NOW.plusSeconds(1800));
	}

	@Test
	void anotherUsersTokensAreNeverHandedOut() {
		MockServerWebExchange first = exchange();
		this.repository.saveAuthorizedClient(
				TestLogins.authorizedClient(this.registration, "zhang.wei", NOW, NOW.plusSeconds(300)), this.zhangWei,
				first)
			.block();

		assertThat(this.repository.loadAuthorizedClient("keycloak", TestLogins.login("li.na", "李娜", NOW), next(first))
			.block()).isNull();
	}

	@Test
	void refreshedTokensReplaceTheOldOnesInTheSameResponse() {
		MockServerWebExchange first = exchange();
		this.repository.saveAuthorizedClient(
				TestLogins.authorizedClient(this.registration, "zhang.wei", NOW, NOW.plusSeconds(300)), this.zhangWei,
				first)
			.block();
		MockServerWebExchange second = next(first);
		OAuth2AuthorizedClient refreshed = TestLogins.authorizedClient(this.registration, "zhang.wei",
				NOW.plusSeconds(600), NOW.plusSeconds(900));

		this.repository.saveAuthorizedClient(refreshed, this.zhangWei, second).block();

		assertThat(this.repository.<OAuth2AuthorizedClient>loadAuthorizedClient("keycloak", this.zhangWei, second)
			.block()
			.getAccessToken()
			.getTokenValue()).isEqualTo(refreshed.getAccessToken().getTokenValue());
		assertThat(this.repository.<OAuth2AuthorizedClient>loadAuthorizedClient("keycloak", this.zhangWei, next(second))
			.block()
			.getAccessToken()
			.getTokenValue()).isEqualTo(refreshed.getAccessToken().getTokenValue());
	}

	@Test
	void removingTheTokensExpiresTheCookie() {
		MockServerWebExchange first = exchange();
		this.repository.saveAuthorizedClient(
				TestLogins.authorizedClient(this.registration, "zhang.wei", NOW, NOW.plusSeconds(300)), this.zhangWei,
				first)
			.block();
		MockServerWebExchange second = next(first);

		this.repository.removeAuthorizedClient("keycloak", this.zhangWei, second).block();

		assertThat(second.getResponse().getCookies().getFirst("__Host-ZT_TOKENS").getMaxAge()).isEqualTo(Duration.ZERO);
		assertThat(this.repository.loadAuthorizedClient("keycloak", this.zhangWei, second).block()).isNull();
	}

	@Test
	void anotherReplicaReadsTheTokens() {
		MockServerWebExchange first = exchange();
		this.repository.saveAuthorizedClient(
				TestLogins.authorizedClient(this.registration, "zhang.wei", NOW, NOW.plusSeconds(300)), this.zhangWei,
				first)
			.block();

		assertThat(repository("authorized-client-test-key").loadAuthorizedClient("keycloak", this.zhangWei, next(first))
			.block()).isNotNull();
	}

	private CookieAuthorizedClientRepository repository(String key) {
		return new CookieAuthorizedClientRepository(new SessionCookieJar(CookieCipher.fromSecret(key)),
				new InMemoryReactiveClientRegistrationRepository(this.registration), Duration.ofHours(10),
				Clock.fixed(NOW, ZoneOffset.UTC));
	}

	private static MockServerWebExchange exchange() {
		return MockServerWebExchange.from(MockServerHttpRequest.get("https://localhost/login/oauth2/code/keycloak"));
	}

	private static MockServerWebExchange next(MockServerWebExchange previous) {
		return CookieTestSupport.next(previous, MockServerHttpRequest.get("https://localhost/api/mailbox/me"));
	}

}
