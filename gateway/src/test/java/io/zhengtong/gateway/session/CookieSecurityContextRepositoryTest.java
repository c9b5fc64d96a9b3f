package io.zhengtong.gateway.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.http.HttpCookie;
import org.springframework.http.ResponseCookie;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import static org.assertj.core.api.Assertions.assertThat;

class CookieSecurityContextRepositoryTest {

	private static final String KEY = "security-context-test-key";

	private static final Instant NOW = Instant.parse("2026-03-02T01:30:00Z");

	private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

	private final CookieSecurityContextRepository repository = repository(KEY, this.clock);

	@Test
	void theLoggedInUserComesBackFromTheCookieOnTheNextRequest() {
		OAuth2AuthenticationToken login = TestLogins.login("zhang.wei", "张伟", NOW);

		SecurityContext loaded = roundTrip(this.repository, login, this.repository);

		OAuth2AuthenticationToken restored = (OAuth2AuthenticationToken) loaded.getAuthentication();
		assertThat(restored.isAuthenticated()).isTrue();
		assertThat(restored.getName()).isEqualTo("zhang.wei");
		assertThat(restored.getAuthorizedClientRegistrationId()).isEqualTo("keycloak");
		OidcUser user = (OidcUser) restored.getPrincipal();
		assertThat(user.getIdToken().getTokenValue()).isEqualTo(((OidcUser) login.getPrincipal()).getIdToken().getTokenValue());
		assertThat(user.getIdToken().getIssuer().toString()).isEqualTo(TestLogins.ISSUER);
		assertThat(user.getIdToken().getIssuedAt()).isEqualTo(NOW);
		assertThat(user.getFullName()).isEqualTo("张伟");
		assertThat(user.<String>getClaim("unit_code")).isEqualTo("fx-zfb");
		assertThat(user.getUserInfo().getEmail()).isEqualTo("zhang.wei@fengxian.gov.cn");
		assertThat(user.getUserInfo().getUpdatedAt()).isEqualTo(NOW);
		assertThat(restored.getAuthorities()).extracting(GrantedAuthority::getAuthority)
			.containsExactlyElementsOf(login.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
		assertThat(restored.getAuthorities()).filteredOn(FactorGrantedAuthority.class::isInstance)
			.singleElement()
			.satisfies((factor) -> assertThat(((FactorGrantedAuthority) factor).getIssuedAt()).isEqualTo(NOW));
	}

	@Test
	void aSecondGatewayReplicaWithTheSameKeyKnowsTheUser() {
		CookieSecurityContextRepository otherReplica = repository(KEY, this.clock);

		SecurityContext loaded = roundTrip(this.repository, TestLogins.login("li.na", "李娜", NOW), otherReplica);

		assertThat(loaded.getAuthentication().getName()).isEqualTo("li.na");
	}

	@Test
	void aGatewayWithAnotherKeyTreatsTheCookieAsNoLogin() {
		CookieSecurityContextRepository otherKey = repository("another-session-key-entirely", this.clock);

		assertThat(roundTrip(this.repository, TestLogins.login("li.na", "李娜", NOW), otherKey)).isNull();
	}

	@Test
	void aModifiedCookieIsIgnoredAndRemoved() {
		MockServerWebExchange first = exchange();
		this.repository.save(first, new SecurityContextImpl(TestLogins.login("zhang.wei", "张伟", NOW))).block();
		ResponseCookie original = first.getResponse().getCookies().getFirst("__Host-ZT_SESSION");
		String value = original.getValue();
		String tampered = value.substring(0, 40) + ((value.charAt(40) == 'x') ? 'y' : 'x') + value.substring(41);
		MockServerWebExchange second = MockServerWebExchange.from(MockServerHttpRequest.get("https://localhost/oa/")
			.cookie(new HttpCookie("__Host-ZT_SESSION", tampered)));

		assertThat(this.repository.load(second).block()).isNull();
		assertThat(second.getResponse().getCookies().getFirst("__Host-ZT_SESSION").getMaxAge()).isEqualTo(Duration.ZERO);
	}

	@Test
	void aSessionOlderThanTheMaximumAgeIsNoLogin() {
		Clock elevenHoursLater = Clock.fixed(NOW.plus(Duration.ofHours(11)), ZoneOffset.UTC);

		assertThat(roundTrip(this.repository, TestLogins.login("zhang.wei", "张伟", NOW),
				repository(KEY, elevenHoursLater))).isNull();
	}

	@Test
	void savingNoContextLogsOut() {
		MockServerWebExchange first = exchange();
		this.repository.save(first, new SecurityContextImpl(TestLogins.login("zhang.wei", "张伟", NOW))).block();
		MockServerWebExchange second = CookieTestSupport.next(first, MockServerHttpRequest.get("https://localhost/logout"));

		this.repository.save(second, null).block();

		assertThat(second.getResponse().getCookies().getFirst("__Host-ZT_SESSION").getMaxAge()).isEqualTo(Duration.ZERO);
		assertThat(this.repository.load(second).block()).isNull();
	}

	@Test
	void withoutACookieThereIsNoLogin() {
		MockServerWebExchange exchange = exchange();

		assertThat(this.repository.load(exchange).block()).isNull();
		assertThat(CookieTestSupport.setCookies(exchange)).isEmpty();
	}

	@Test
	void aTypicalKeycloakLoginFitsInOneCookie() {
		MockServerWebExchange first = exchange();

		this.repository.save(first, new SecurityContextImpl(TestLogins.login("zhang.wei", "张伟", NOW))).block();

		assertThat(CookieTestSupport.setCookies(first)).extracting(ResponseCookie::getName)
			.isEqualTo(List.of("__Host-ZT_SESSION"));
	}

	private static SecurityContext roundTrip(CookieSecurityContextRepository writer,
			OAuth2AuthenticationToken login, CookieSecurityContextRepository reader) {
		MockServerWebExchange first = exchange();
		writer.save(first, new SecurityContextImpl(login)).block();
		MockServerWebExchange second = CookieTestSupport.next(first, MockServerHttpRequest.get("https://localhost/oa/"));
		return reader.load(second).block();
	}

	private static MockServerWebExchange exchange() {
		return MockServerWebExchange.from(MockServerHttpRequest.get("https://localhost/login/oauth2/code/keycloak"));
	}

	private static CookieSecurityContextRepository repository(String key, Clock clock) {
		return new CookieSecurityContextRepository(new SessionCookieJar(CookieCipher.fromSecret(key)),
				Duration.ofHours(10), clock);
	}

}
