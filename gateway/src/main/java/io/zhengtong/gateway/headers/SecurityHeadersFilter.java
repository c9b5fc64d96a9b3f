package io.zhengtong.gateway.headers;

import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Adds security headers to every response, proxied or the gateway's own, just before it is sent:
 * a same-origin Content-Security-Policy with {@code frame-ancestors 'none'},
 * {@code X-Frame-Options: DENY}, {@code X-Content-Type-Options: nosniff},
 * {@code Referrer-Policy: strict-origin-when-cross-origin}, a Permissions-Policy, and HSTS on HTTPS.
 * <p>
 * Each header is only added when the response does not already have it, so a service's own,
 * stricter or looser, choice wins. Keycloak's pages ({@code /auth/**}) get no CSP and no
 * X-Frame-Options from the gateway at all: Keycloak sets its own and frames its own pages.
 */
@Component
public class SecurityHeadersFilter implements WebFilter, Ordered {

	static final String PERMISSIONS_POLICY = "Permissions-Policy";

	private final SecurityHeadersProperties properties;

	private final List<PathPattern> ownPolicyPaths;

	public SecurityHeadersFilter(SecurityHeadersProperties properties) {
		this.properties = properties;
		this.ownPolicyPaths = properties.ownPolicyPaths().stream().map(PathPatternParser.defaultInstance::parse).toList();
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		boolean secure = request.getSslInfo() != null || "https".equalsIgnoreCase(request.getURI().getScheme());
		boolean ownPolicy = hasOwnPolicy(request.getPath().pathWithinApplication());
		exchange.getResponse().beforeCommit(() -> {
			HttpHeaders headers = exchange.getResponse().getHeaders();
			if (!ownPolicy) {
				addIfAbsent(headers, "Content-Security-Policy", this.properties.contentSecurityPolicy());
				addIfAbsent(headers, "X-Frame-Options", "DENY");
			}
			addIfAbsent(headers, "X-Content-Type-Options", "nosniff");
			addIfAbsent(headers, "Referrer-Policy", "strict-origin-when-cross-origin");
			addIfAbsent(headers, PERMISSIONS_POLICY, this.properties.permissionsPolicy());
			if (secure) {
				addIfAbsent(headers, "Strict-Transport-Security",
						"max-age=" + this.properties.hstsMaxAge().toSeconds());
			}
			return Mono.empty();
		});
		return chain.filter(exchange);
	}

	private boolean hasOwnPolicy(PathContainer path) {
		return this.ownPolicyPaths.stream().anyMatch((pattern) -> pattern.matches(path));
	}

	private static void addIfAbsent(HttpHeaders headers, String name, String value) {
		if (!headers.containsHeader(name)) {
			headers.set(name, value);
		}
	}

	/** Before Spring Security, so that its redirects and errors get the headers too. */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
