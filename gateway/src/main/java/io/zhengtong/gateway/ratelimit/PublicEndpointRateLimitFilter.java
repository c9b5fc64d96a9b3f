package io.zhengtong.gateway.ratelimit;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.zhengtong.gateway.problem.Problem;
import io.zhengtong.gateway.problem.ProblemResponder;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Turns away clients that call a rate-limited public endpoint too often: 429 with problem details
 * (or a page for a browser form) and {@code Retry-After}. Each endpoint entry has its own budget per
 * client IP address. Runs before token relay, so refused requests cost nothing downstream.
 */
@Component
public class PublicEndpointRateLimitFilter implements GlobalFilter, Ordered {

	private static final Logger log = LoggerFactory.getLogger(PublicEndpointRateLimitFilter.class);

	private final List<LimitedEndpoint> endpoints;

	private final ProblemResponder responder;

	public PublicEndpointRateLimitFilter(RateLimitProperties properties, ProblemResponder responder) {
		this.responder = responder;
		List<LimitedEndpoint> parsed = new ArrayList<>();
		if (properties.enabled()) {
			for (String entry : properties.endpoints()) {
				parsed.add(LimitedEndpoint.parse(entry, new ClientRateLimiter(properties.capacity(),
						properties.refillTokens(), properties.refillPeriod(), properties.maxClients(), System::nanoTime)));
			}
		}
		this.endpoints = List.copyOf(parsed);
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		for (LimitedEndpoint endpoint : this.endpoints) {
			if (endpoint.matches(request)) {
				TokenBucket.Decision decision = endpoint.limiter().tryAcquire(clientAddress(request));
				if (!decision.allowed()) {
					log.info("Rate limit of {} reached by {}", endpoint.description(), clientAddress(request));
					return this.responder.respond(exchange, Problem.tooManyRequests(decision.retryAfterSeconds()));
				}
				break;
			}
		}
		return chain.filter(exchange);
	}

	private static String clientAddress(ServerHttpRequest request) {
		InetSocketAddress remote = request.getRemoteAddress();
		if (remote == null) {
			return "unknown";
		}
		return (remote.getAddress() != null) ? remote.getAddress().getHostAddress() : remote.getHostString();
	}

	/** After the header and cookie clean-up, before token relay. */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 30;
	}

	record LimitedEndpoint(@Nullable HttpMethod method, PathPattern pattern, String description,
			ClientRateLimiter limiter) {

		static LimitedEndpoint parse(String entry, ClientRateLimiter limiter) {
			String[] parts = entry.trim().split("\\s+");
			if (parts.length == 1) {
				return new LimitedEndpoint(null, PathPatternParser.defaultInstance.parse(parts[0]), entry.trim(), limiter);
			}
			if (parts.length == 2) {
				HttpMethod method = HttpMethod.valueOf(parts[0].toUpperCase(Locale.ROOT));
				return new LimitedEndpoint(method, PathPatternParser.defaultInstance.parse(parts[1]), entry.trim(),
						limiter);
			}
			throw new IllegalArgumentException("Rate-limited endpoint must be \"METHOD /path/**\": " + entry);
		}

		boolean matches(ServerHttpRequest request) {
			return (this.method == null || this.method.equals(request.getMethod()))
					&& this.pattern.matches(request.getPath().pathWithinApplication());
		}

	}

}
