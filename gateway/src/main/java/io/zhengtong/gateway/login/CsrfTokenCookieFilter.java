package io.zhengtong.gateway.login;

import io.zhengtong.gateway.session.CookieSecurityContextRepository;
import io.zhengtong.gateway.session.SessionCookieJar;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Makes sure the {@code XSRF-TOKEN} cookie exists when the OA client needs it. WebFlux creates the
 * CSRF token lazily, only when something subscribes to it, and nothing in a single-page app's
 * page load does; so on reads of the OA client, and on any read by a logged-in user, this
 * subscribes to it, which writes the cookie if the browser does not have one yet.
 */
class CsrfTokenCookieFilter implements WebFilter {

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
		if (token != null && needsToken(exchange.getRequest())) {
			return token.then(chain.filter(exchange));
		}
		return chain.filter(exchange);
	}

	private static boolean needsToken(ServerHttpRequest request) {
		boolean read = HttpMethod.GET.equals(request.getMethod()) || HttpMethod.HEAD.equals(request.getMethod());
		return read && (SecurityConfiguration.isOaClient(request)
				|| SessionCookieJar.isPresent(request, CookieSecurityContextRepository.COOKIE));
	}

}
