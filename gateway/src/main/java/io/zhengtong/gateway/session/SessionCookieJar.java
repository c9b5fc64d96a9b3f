package io.zhengtong.gateway.session;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpCookie;
import org.springframework.http.ResponseCookie;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.util.MultiValueMap;
import org.springframework.web.server.ServerWebExchange;

/**
 * Reads and writes the gateway's encrypted cookies.
 * <p>
 * Cookies are {@code HttpOnly}, {@code SameSite=Lax}, path {@code /}; on HTTPS they are
 * {@code Secure} and carry the {@code __Host-} prefix (so the HTTPS session and an HTTP session
 * on the same host never overwrite each other). A sealed value longer than
 * {@value #MAX_CHUNK_LENGTH} characters is split into {@code NAME.0}, {@code NAME.1}, ... to stay
 * under the browsers' 4 KB per-cookie limit; a short one is stored as {@code NAME}. Writing a
 * value expires whatever chunks of the previous value it does not overwrite.
 */
public final class SessionCookieJar {

	/** The characters of one cookie value; name and attributes must fit in the rest of 4096. */
	static final int MAX_CHUNK_LENGTH = 3800;

	private static final String SECURE_PREFIX = "__Host-";

	/** Every cookie of ours starts with this (after the optional {@code __Host-} prefix). */
	static final String NAME_PREFIX = "ZT_";

	private static final int MAX_CHUNKS = 10;

	private final CookieCipher cipher;

	public SessionCookieJar(CookieCipher cipher) {
		this.cipher = cipher;
	}

	/** The payload of the cookie, or empty if absent, incomplete, forged, or sealed by another key. */
	public Optional<byte[]> read(ServerWebExchange exchange, String name) {
		return readSealed(exchange.getRequest(), name).flatMap((sealed) -> this.cipher.open(name, sealed));
	}

	/** Whether the request carries (any chunk of) this cookie, valid or not. */
	public static boolean isPresent(ServerHttpRequest request, String name) {
		return !presentNames(request.getCookies(), physicalName(request, name)).isEmpty();
	}

	public void write(ServerWebExchange exchange, String name, byte[] payload, @Nullable Duration maxAge) {
		String sealed = this.cipher.seal(name, payload);
		String physical = physicalName(exchange.getRequest(), name);
		List<ResponseCookie> cookies = new ArrayList<>();
		if (sealed.length() <= MAX_CHUNK_LENGTH) {
			cookies.add(cookie(exchange.getRequest(), physical, sealed, maxAge));
		}
		else {
			int count = (sealed.length() + MAX_CHUNK_LENGTH - 1) / MAX_CHUNK_LENGTH;
			if (count > MAX_CHUNKS) {
				throw new IllegalArgumentException(
						"Cookie " + name + " would need " + count + " chunks (" + sealed.length() + " characters)");
			}
			for (int i = 0; i < count; i++) {
				String chunk = sealed.substring(i * MAX_CHUNK_LENGTH,
						Math.min(sealed.length(), (i + 1) * MAX_CHUNK_LENGTH));
				cookies.add(cookie(exchange.getRequest(), physical + "." + i, chunk, maxAge));
			}
		}
		Set<String> written = new LinkedHashSet<>();
		for (ResponseCookie cookie : cookies) {
			exchange.getResponse().getCookies().set(cookie.getName(), cookie);
			written.add(cookie.getName());
		}
		expireOthers(exchange, physical, written);
	}

	public void clear(ServerWebExchange exchange, String name) {
		expireOthers(exchange, physicalName(exchange.getRequest(), name), Set.of());
	}

	/** Whether a cookie name is one of the gateway's session cookies (never sent downstream). */
	public static boolean isOwnCookie(String cookieName) {
		String name = cookieName.startsWith(SECURE_PREFIX) ? cookieName.substring(SECURE_PREFIX.length()) : cookieName;
		return name.startsWith(NAME_PREFIX);
	}

	static boolean isSecure(ServerHttpRequest request) {
		return request.getSslInfo() != null || "https".equalsIgnoreCase(request.getURI().getScheme());
	}

	static String physicalName(ServerHttpRequest request, String name) {
		return isSecure(request) ? SECURE_PREFIX + name : name;
	}

	private void expireOthers(ServerWebExchange exchange, String physical, Set<String> keep) {
		Set<String> existing = new LinkedHashSet<>(presentNames(exchange.getRequest().getCookies(), physical));
		for (String name : exchange.getResponse().getCookies().keySet()) {
			if (belongsTo(name, physical)) {
				existing.add(name);
			}
		}
		for (String name : existing) {
			if (!keep.contains(name)) {
				exchange.getResponse().getCookies().set(name, cookie(exchange.getRequest(), name, "", Duration.ZERO));
			}
		}
	}

	private static Optional<String> readSealed(ServerHttpRequest request, String name) {
		MultiValueMap<String, HttpCookie> cookies = request.getCookies();
		String physical = physicalName(request, name);
		HttpCookie single = cookies.getFirst(physical);
		if (single != null && !single.getValue().isEmpty()) {
			return Optional.of(single.getValue());
		}
		StringBuilder joined = new StringBuilder();
		for (int i = 0; i < MAX_CHUNKS; i++) {
			HttpCookie chunk = cookies.getFirst(physical + "." + i);
			if (chunk == null || chunk.getValue().isEmpty()) {
				break;
			}
			joined.append(chunk.getValue());
		}
		return joined.isEmpty() ? Optional.empty() : Optional.of(joined.toString());
	}

	private static Set<String> presentNames(MultiValueMap<String, HttpCookie> cookies, String physical) {
		Set<String> names = new LinkedHashSet<>();
		for (String name : cookies.keySet()) {
			if (belongsTo(name, physical)) {
				names.add(name);
			}
		}
		return names;
	}

	private static boolean belongsTo(String cookieName, String physical) {
		if (cookieName.equals(physical)) {
			return true;
		}
		if (!cookieName.startsWith(physical + ".")) {
			return false;
		}
		String index = cookieName.substring(physical.length() + 1);
		return !index.isEmpty() && index.chars().allMatch(Character::isDigit);
	}

	private static ResponseCookie cookie(ServerHttpRequest request, String name, String value,
			@Nullable Duration maxAge) {
		ResponseCookie.ResponseCookieBuilder builder = ResponseCookie.from(name, value)
			.path("/")
			.httpOnly(true)
			.secure(isSecure(request))
			.sameSite("Lax");
		if (maxAge != null) {
			builder.maxAge(maxAge);
		}
		return builder.build();
	}

}
