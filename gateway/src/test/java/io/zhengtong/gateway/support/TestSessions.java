package io.zhengtong.gateway.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.zhengtong.gateway.session.CookieCipher;
import io.zhengtong.gateway.session.CookieSecurityContextRepository;
import io.zhengtong.gateway.session.SessionCookieJar;
import io.zhengtong.gateway.session.TestLogins;

import org.springframework.http.ResponseCookie;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.core.context.SecurityContextImpl;

/** Session cookies as a gateway with the given key would have set them after a login over plain HTTP. */
public final class TestSessions {

	private TestSessions() {
	}

	public static Map<String, String> loggedIn(String sessionKey, String username) {
		CookieSecurityContextRepository repository = new CookieSecurityContextRepository(
				new SessionCookieJar(CookieCipher.fromSecret(sessionKey)), Duration.ofHours(10), Clock.systemUTC());
		MockServerWebExchange exchange = MockServerWebExchange
			.from(MockServerHttpRequest.get("http://localhost/login/oauth2/code/keycloak"));
		repository.save(exchange, new SecurityContextImpl(TestLogins.login(username, "张伟", Instant.now()))).block();
		Map<String, String> cookies = new LinkedHashMap<>();
		exchange.getResponse()
			.getCookies()
			.values()
			.stream()
			.flatMap(List::stream)
			.forEach((ResponseCookie cookie) -> cookies.put(cookie.getName(), cookie.getValue()));
		return cookies;
	}

}
