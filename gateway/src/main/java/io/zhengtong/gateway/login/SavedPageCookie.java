package io.zhengtong.gateway.login;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.http.HttpCookie;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.web.server.savedrequest.ServerRequestCache;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Remembers the page to return to after logging in, in a short-lived cookie (no server-side
 * session), and only ever as a path on this site (never an absolute URL: no open redirect). It is
 * forgotten when the user is back on that page, or after ten minutes.
 * <p>
 * The page is remembered when a browser is sent to log in (the OA client opened without a login),
 * and also when a page starts the login itself by linking to {@code /oauth2/authorization/keycloak}
 * (the OA client after a 401, a "登录" link on the website): then the same-site {@code Referer} is
 * the page to return to.
 */
class SavedPageCookie implements ServerRequestCache {

	static final String COOKIE = "ZT_AFTER_LOGIN";

	/** The query parameter of the login start naming the page to come back to. */
	static final String RETURN_PARAMETER = "return";

	private static final PathPattern LOGIN_START = PathPatternParser.defaultInstance.parse("/oauth2/authorization/*");

	@Override
	public Mono<Void> saveRequest(ServerWebExchange exchange) {
		return Mono.fromRunnable(() -> {
			ServerHttpRequest request = exchange.getRequest();
			if (HttpMethod.GET.equals(request.getMethod()) && acceptsHtml(request)) {
				save(exchange, pageOf(request));
			}
		});
	}

	@Override
	public Mono<URI> getRedirectUri(ServerWebExchange exchange) {
		return Mono.justOrEmpty(savedPage(exchange.getRequest())).map(URI::create);
	}

	/**
	 * Forgets the page once the user is back on it (not on the way, e.g. on Keycloak's login pages,
	 * which pass through the gateway too).
	 */
	@Override
	public Mono<ServerHttpRequest> removeMatchingRequest(ServerWebExchange exchange) {
		ServerHttpRequest request = exchange.getRequest();
		String saved = savedPage(request);
		if (saved != null && saved.equals(pageOf(request))) {
			exchange.getResponse().getCookies().set(COOKIE, cookie(request, "", Duration.ZERO));
		}
		return Mono.empty();
	}

	/**
	 * Remembers the page to return to when a page starts the login by itself: the one it names in
	 * {@code return} (the website's 登录 and 注册 links name the page they are on; a path of this
	 * site only, and it replaces any page remembered before), else the same-site referring page
	 * unless one is remembered already (the OA client's own redirect to the login).
	 */
	WebFilter refererAtLoginStart() {
		return (ServerWebExchange exchange, WebFilterChain chain) -> {
			ServerHttpRequest request = exchange.getRequest();
			if (LOGIN_START.matches(request.getPath().pathWithinApplication())) {
				String named = namedPage(request);
				if (named != null) {
					save(exchange, named);
				}
				else if (!request.getCookies().containsKey(COOKIE)) {
					String referer = sameSitePage(request);
					if (referer != null) {
						save(exchange, referer);
					}
				}
			}
			return chain.filter(exchange);
		};
	}

	/** The {@code return} parameter, if it is a page of this site (never the login start itself). */
	private static @Nullable String namedPage(ServerHttpRequest request) {
		String page = request.getQueryParams().getFirst(RETURN_PARAMETER);
		if (page == null || !isLocalPath(page)) {
			return null;
		}
		try {
			URI uri = URI.create(page);
			if (uri.getRawPath() == null || LOGIN_START.matches(PathContainer.parsePath(uri.getRawPath()))) {
				return null;
			}
			return page;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static String pageOf(ServerHttpRequest request) {
		String query = request.getURI().getRawQuery();
		return request.getPath().pathWithinApplication().value() + ((query != null) ? "?" + query : "");
	}

	private static void save(ServerWebExchange exchange, String page) {
		if (isLocalPath(page)) {
			String value = Base64.getUrlEncoder().withoutPadding().encodeToString(page.getBytes(StandardCharsets.UTF_8));
			exchange.getResponse().getCookies().set(COOKIE, cookie(exchange.getRequest(), value, Duration.ofMinutes(10)));
		}
	}

	private static @Nullable String savedPage(ServerHttpRequest request) {
		HttpCookie cookie = request.getCookies().getFirst(COOKIE);
		if (cookie == null || cookie.getValue().isEmpty()) {
			return null;
		}
		try {
			String page = new String(Base64.getUrlDecoder().decode(cookie.getValue()), StandardCharsets.UTF_8);
			return isLocalPath(page) ? page : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static @Nullable String sameSitePage(ServerHttpRequest request) {
		String referer = request.getHeaders().getFirst(HttpHeaders.REFERER);
		if (referer == null) {
			return null;
		}
		try {
			URI from = URI.create(referer);
			URI here = request.getURI();
			boolean sameOrigin = here.getScheme().equalsIgnoreCase(from.getScheme())
					&& here.getHost() != null && here.getHost().equalsIgnoreCase(from.getHost())
					&& here.getPort() == from.getPort();
			if (!sameOrigin || from.getRawPath() == null || LOGIN_START.matches(
					PathContainer.parsePath(from.getRawPath()))) {
				return null;
			}
			return from.getRawPath() + ((from.getRawQuery() != null) ? "?" + from.getRawQuery() : "");
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static boolean isLocalPath(String page) {
		return page.startsWith("/") && !page.startsWith("//") && !page.startsWith("/\\") && !page.contains("\r")
				&& !page.contains("\n");
	}

	private static boolean acceptsHtml(ServerHttpRequest request) {
		List<MediaType> accepted;
		try {
			accepted = request.getHeaders().getAccept();
		}
		catch (RuntimeException ex) {
			return false;
		}
		return accepted.stream().anyMatch((type) -> !type.isWildcardType() && MediaType.TEXT_HTML.isCompatibleWith(type));
	}

	private static ResponseCookie cookie(ServerHttpRequest request, String value, Duration maxAge) {
		boolean secure = request.getSslInfo() != null || "https".equalsIgnoreCase(request.getURI().getScheme());
		return ResponseCookie.from(COOKIE, value)
			.path("/")
			.httpOnly(true)
			.secure(secure)
			.sameSite("Lax")
			.maxAge(maxAge)
			.build();
	}

}
