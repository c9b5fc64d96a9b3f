package io.zhengtong.gateway.routing;

import java.net.URI;
import java.util.Collection;

import io.zhengtong.gateway.problem.Problem;
import io.zhengtong.gateway.problem.ProblemResponder;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The circuit breakers' fallback ({@code forward:/fallback/<service>}): 503 with problem details
 * naming the service in Chinese, or a friendly page for browsers. Reached when the service
 * refuses the connection, does not answer within the route's timeout, or its circuit is open.
 */
@Configuration(proxyBeanMethods = false)
class ServiceFallback {

	private static final Logger log = LoggerFactory.getLogger(ServiceFallback.class);

	private final ProblemResponder responder;

	ServiceFallback(ProblemResponder responder) {
		this.responder = responder;
	}

	@Bean
	RouterFunction<ServerResponse> serviceFallbackRoutes() {
		return RouterFunctions.route(RequestPredicates.path("/fallback/{service}"), this::respond);
	}

	Mono<ServerResponse> respond(ServerRequest request) {
		Downstream downstream = Downstream.byKey(request.pathVariable("service")).orElse(null);
		String name = (downstream != null) ? downstream.displayName() : "该服务";
		boolean htmlByDefault = downstream != null && downstream.htmlByDefault();
		String instance = originalPath(request);
		Throwable cause = request.exchange().getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
		log.warn("{} unavailable for {} {}: {}", (downstream != null) ? downstream.key() : "service",
				request.method(), instance, (cause != null) ? cause.toString() : "no cause recorded");
		boolean html = ProblemResponder.prefersHtml(request.exchange().getRequest(), htmlByDefault);
		return this.responder.response(Problem.serviceUnavailable(name), instance, html);
	}

	/** The path the client asked for, not the internal fallback path. */
	private static String originalPath(ServerRequest request) {
		Collection<URI> originals = request.exchange()
			.getAttribute(ServerWebExchangeUtils.GATEWAY_ORIGINAL_REQUEST_URL_ATTR);
		@Nullable URI first = (originals != null && !originals.isEmpty()) ? originals.iterator().next() : null;
		return (first != null && first.getRawPath() != null) ? first.getRawPath() : request.path();
	}

}
