package io.zhengtong.gateway.problem;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

/**
 * Renders every error that escapes the gateway as a problem (or a Chinese page), never as Boot's
 * default error JSON or a stack trace. Runs before Boot's own handler.
 */
@Component
@Order(-2)
class GatewayErrorHandler implements ErrorWebExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(GatewayErrorHandler.class);

	private final ProblemResponder responder;

	GatewayErrorHandler(ProblemResponder responder) {
		this.responder = responder;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
		if (exchange.getResponse().isCommitted()) {
			return Mono.error(ex);
		}
		HttpStatus status = statusOf(ex);
		if (status.is5xxServerError()) {
			log.error("{} {} failed", exchange.getRequest().getMethod(), exchange.getRequest().getPath(), ex);
		}
		else {
			log.debug("{} {} answered {}: {}", exchange.getRequest().getMethod(), exchange.getRequest().getPath(),
					status.value(), ex.toString());
		}
		exchange.getResponse().getHeaders().clearContentHeaders();
		return this.responder.respond(exchange, Problem.forStatus(status));
	}

	private static HttpStatus statusOf(Throwable ex) {
		if (ex instanceof ResponseStatusException rse) {
			HttpStatusCode code = rse.getStatusCode();
			HttpStatus status = HttpStatus.resolve(code.value());
			return (status != null) ? status : HttpStatus.INTERNAL_SERVER_ERROR;
		}
		return HttpStatus.INTERNAL_SERVER_ERROR;
	}

}
