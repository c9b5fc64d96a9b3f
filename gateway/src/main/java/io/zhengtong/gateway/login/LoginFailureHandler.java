package io.zhengtong.gateway.login;

import io.zhengtong.gateway.problem.Problem;
import io.zhengtong.gateway.problem.ProblemResponder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.ServerAuthenticationFailureHandler;

/**
 * A login that Keycloak or the gateway refused at the callback (wrong state, invalid ID token,
 * Keycloak reporting an error): a Chinese page saying so, instead of Spring's default redirect to
 * a login page the gateway does not have.
 */
class LoginFailureHandler implements ServerAuthenticationFailureHandler {

	private static final Logger log = LoggerFactory.getLogger(LoginFailureHandler.class);

	private final ProblemResponder responder;

	LoginFailureHandler(ProblemResponder responder) {
		this.responder = responder;
	}

	@Override
	public Mono<Void> onAuthenticationFailure(WebFilterExchange webFilterExchange, AuthenticationException exception) {
		log.warn("Login failed: {}", exception.getMessage());
		var exchange = webFilterExchange.getExchange();
		return this.responder.respond(exchange, Problem.loginFailed(), exchange.getRequest().getPath().value(),
				ProblemResponder.prefersHtml(exchange.getRequest(), true));
	}

}
