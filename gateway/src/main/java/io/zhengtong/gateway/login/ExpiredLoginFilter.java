package io.zhengtong.gateway.login;

import io.zhengtong.gateway.problem.Problem;
import io.zhengtong.gateway.problem.ProblemResponder;
import io.zhengtong.gateway.session.CookieAuthorizedClientRepository;
import io.zhengtong.gateway.session.CookieSecurityContextRepository;
import io.zhengtong.gateway.session.SessionCookieJar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import org.springframework.web.server.ServerWebExchange;

/**
 * When token relay cannot refresh an expired access token (the refresh token expired, or the
 * Keycloak session was ended), the login is over: the session cookies are removed and the client
 * gets 401 problem details, so the OA client sends the user to log in again. If Keycloak cannot
 * be reached for the refresh, the answer is 503.
 */
@Component
class ExpiredLoginFilter implements GlobalFilter, Ordered {

	private static final Logger log = LoggerFactory.getLogger(ExpiredLoginFilter.class);

	private final SessionCookieJar jar;

	private final ProblemResponder responder;

	ExpiredLoginFilter(SessionCookieJar jar, ProblemResponder responder) {
		this.jar = jar;
		this.responder = responder;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		return chain.filter(exchange)
			.onErrorResume(ClientAuthorizationException.class, (ex) -> {
				log.info("Login of {} {} ended: {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
						ex.getError());
				this.jar.clear(exchange, CookieSecurityContextRepository.COOKIE);
				this.jar.clear(exchange, CookieAuthorizedClientRepository.COOKIE);
				return this.responder.respond(exchange, Problem.sessionExpired());
			})
			.onErrorResume(WebClientRequestException.class, (ex) -> {
				log.warn("Cannot refresh tokens: {}", ex.getMessage());
				return this.responder.respond(exchange, Problem.serviceUnavailable("统一身份认证服务"));
			});
	}

	/** Around token relay (a route filter), after the certificate and cookie filters. */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 20;
	}

}
