package io.zhengtong.gateway.session;

import java.util.List;

import org.springframework.http.ResponseCookie;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ServerWebExchange;

/** Carries cookies from one exchange's response to the next request, like a browser. */
final class CookieTestSupport {

	private CookieTestSupport() {
	}

	static List<ResponseCookie> setCookies(ServerWebExchange exchange) {
		return exchange.getResponse().getCookies().values().stream().flatMap(List::stream).toList();
	}

	/** The next request of a browser that stored the response's cookies (and dropped the expired ones). */
	static MockServerWebExchange next(ServerWebExchange previous, MockServerHttpRequest.BaseBuilder<?> request) {
		for (ResponseCookie cookie : setCookies(previous)) {
			if (!cookie.getMaxAge().isZero()) {
				request.cookie(cookie);
			}
		}
		return MockServerWebExchange.from(request);
	}

}
