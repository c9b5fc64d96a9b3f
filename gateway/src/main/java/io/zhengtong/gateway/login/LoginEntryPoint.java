package io.zhengtong.gateway.login;

import io.zhengtong.gateway.problem.Problem;
import io.zhengtong.gateway.problem.ProblemResponder;
import reactor.core.publisher.Mono;

import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.savedrequest.ServerRequestCache;
import org.springframework.web.server.ServerWebExchange;

/**
 * What an anonymous user gets where a login is needed: a browser opening the OA client is sent to
 * Keycloak (and comes back to the same page); a script (asks for JSON, or says it is an
 * {@code XMLHttpRequest}) or anything outside the OA client gets 401 problem details.
 */
class LoginEntryPoint implements ServerAuthenticationEntryPoint {

	private final RedirectServerAuthenticationEntryPoint redirect;

	private final ProblemResponder responder;

	LoginEntryPoint(ServerRequestCache requestCache, ProblemResponder responder) {
		this.redirect = new RedirectServerAuthenticationEntryPoint(
				"/oauth2/authorization/" + KeycloakClientRegistration.REGISTRATION_ID);
		this.redirect.setRequestCache(requestCache);
		this.responder = responder;
	}

	@Override
	public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
		ServerHttpRequest request = exchange.getRequest();
		if (SecurityConfiguration.isOaClient(request) && isNavigation(request)) {
			return this.redirect.commence(exchange, ex);
		}
		return this.responder.respond(exchange, Problem.loginRequired());
	}

	private static boolean isNavigation(ServerHttpRequest request) {
		boolean xhr = "XMLHttpRequest".equalsIgnoreCase(request.getHeaders().getFirst("X-Requested-With"));
		return !xhr && ProblemResponder.prefersHtml(request, true);
	}

}
