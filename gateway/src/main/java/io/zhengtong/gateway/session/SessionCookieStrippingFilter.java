package io.zhengtong.gateway.session;

import java.util.ArrayList;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Never sends the encrypted session cookies downstream: services authenticate by the relayed
 * bearer token, and the cookies (several kilobytes) would only risk their header size limits.
 */
@Component
public class SessionCookieStrippingFilter implements GlobalFilter, Ordered {

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		List<String> cookieHeaders = request.getHeaders().get(HttpHeaders.COOKIE);
		if (cookieHeaders == null || request.getCookies().keySet().stream().noneMatch(SessionCookieJar::isOwnCookie)) {
			return chain.filter(exchange);
		}
		List<String> kept = new ArrayList<>();
		for (String header : cookieHeaders) {
			for (String pair : header.split(";")) {
				String trimmed = pair.trim();
				int equals = trimmed.indexOf('=');
				String name = (equals >= 0) ? trimmed.substring(0, equals).trim() : trimmed;
				if (!trimmed.isEmpty() && !SessionCookieJar.isOwnCookie(name)) {
					kept.add(trimmed);
				}
			}
		}
		ServerHttpRequest stripped = request.mutate().headers((headers) -> {
			headers.remove(HttpHeaders.COOKIE);
			if (!kept.isEmpty()) {
				headers.set(HttpHeaders.COOKIE, String.join("; ", kept));
			}
		}).build();
		return chain.filter(exchange.mutate().request(stripped).build());
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 10;
	}

}
