package io.zhengtong.gateway.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;
import org.springframework.security.web.server.context.ServerSecurityContextRepository;
import org.springframework.web.server.ServerWebExchange;

/**
 * Keeps the logged-in user (the OIDC login: ID token, UserInfo claims, authorities) in the
 * encrypted cookie {@value #COOKIE} instead of a server-side session, so any replica, before or
 * after a restart, knows who the user is. A cookie that does not decrypt, does not parse, or is
 * older than {@code zhengtong.session.max-age} counts as no login (and is removed).
 */
public class CookieSecurityContextRepository implements ServerSecurityContextRepository {

	public static final String COOKIE = "ZT_SESSION";

	private static final Logger log = LoggerFactory.getLogger(CookieSecurityContextRepository.class);

	private static final String LOADED = CookieSecurityContextRepository.class.getName() + ".LOADED";

	private static final String OIDC_USER = "oidc-user";

	private static final String FACTOR = "factor";

	private static final String SIMPLE = "simple";

	private final SessionCookieJar jar;

	private final Duration maxAge;

	private final Clock clock;

	public CookieSecurityContextRepository(SessionCookieJar jar, Duration maxAge, Clock clock) {
		this.jar = jar;
		this.maxAge = maxAge;
		this.clock = clock;
	}

	@Override
	public Mono<Void> save(ServerWebExchange exchange, @Nullable SecurityContext context) {
		return Mono.fromRunnable(() -> {
			Authentication authentication = (context != null) ? context.getAuthentication() : null;
			if (authentication instanceof OAuth2AuthenticationToken token
					&& token.getPrincipal() instanceof OidcUser user) {
				Instant now = this.clock.instant();
				StoredLogin stored = StoredLogin.of(token, user, now, now.plus(this.maxAge));
				this.jar.write(exchange, COOKIE, SessionJson.write(stored), null);
				exchange.getAttributes().put(LOADED, Optional.of(new SecurityContextImpl(token)));
			}
			else {
				if (authentication != null) {
					log.debug("Not keeping a {} in the session cookie", authentication.getClass().getSimpleName());
				}
				this.jar.clear(exchange, COOKIE);
				exchange.getAttributes().put(LOADED, Optional.empty());
			}
		});
	}

	@Override
	public Mono<SecurityContext> load(ServerWebExchange exchange) {
		return Mono.fromSupplier(() -> loaded(exchange)).flatMap(Mono::justOrEmpty);
	}

	private Optional<SecurityContext> loaded(ServerWebExchange exchange) {
		Optional<SecurityContext> cached = exchange.getAttribute(LOADED);
		if (cached != null) {
			return cached;
		}
		Optional<SecurityContext> context = this.jar.read(exchange, COOKIE)
			.map((json) -> SessionJson.read(json, StoredLogin.class))
			.filter((stored) -> this.clock.instant().isBefore(Instant.ofEpochSecond(stored.expiresAt())))
			.map(StoredLogin::toAuthentication)
			.map(SecurityContextImpl::new);
		if (context.isEmpty() && SessionCookieJar.isPresent(exchange.getRequest(), COOKIE)) {
			log.debug("Ignoring an invalid or expired session cookie");
			this.jar.clear(exchange, COOKIE);
		}
		exchange.getAttributes().put(LOADED, context);
		return context;
	}

	/**
	 * What the cookie holds.
	 *
	 * @param registrationId the client registration the user logged in with
	 * @param idToken the compact ID token (its claims are decoded on load)
	 * @param userInfo the UserInfo claims, if the UserInfo endpoint was called
	 * @param nameAttribute the claim that names the user
	 * @param authorities the granted authorities
	 * @param issuedAt when the login happened (epoch seconds)
	 * @param expiresAt when the session ends (epoch seconds)
	 */
	record StoredLogin(String registrationId, String idToken, @Nullable Map<String, Object> userInfo,
			String nameAttribute, List<StoredAuthority> authorities, long issuedAt, long expiresAt) {

		static StoredLogin of(OAuth2AuthenticationToken token, OidcUser user, Instant now, Instant expiresAt) {
			List<StoredAuthority> authorities = new ArrayList<>();
			for (GrantedAuthority authority : token.getAuthorities()) {
				String name = String.valueOf(authority.getAuthority());
				if (authority instanceof OidcUserAuthority) {
					authorities.add(new StoredAuthority(OIDC_USER, name, null));
				}
				else if (authority instanceof FactorGrantedAuthority factor) {
					authorities.add(new StoredAuthority(FACTOR, name, factor.getIssuedAt().getEpochSecond()));
				}
				else {
					authorities.add(new StoredAuthority(SIMPLE, name, null));
				}
			}
			OidcUserInfo userInfo = user.getUserInfo();
			String nameAttribute = nameAttributeOf(token);
			return new StoredLogin(token.getAuthorizedClientRegistrationId(), user.getIdToken().getTokenValue(),
					(userInfo != null) ? epochSeconds(userInfo.getClaims()) : null, nameAttribute, authorities,
					now.getEpochSecond(), expiresAt.getEpochSecond());
		}

		@Nullable OAuth2AuthenticationToken toAuthentication() {
			OidcIdToken idToken = IdTokens.decode(this.idToken);
			if (idToken == null) {
				return null;
			}
			OidcUserInfo userInfo = IdTokens.userInfo(this.userInfo);
			List<GrantedAuthority> granted = new ArrayList<>();
			for (StoredAuthority authority : this.authorities) {
				granted.add(switch (authority.kind()) {
					case OIDC_USER -> new OidcUserAuthority(authority.authority(), idToken, userInfo, this.nameAttribute);
					case FACTOR -> FactorGrantedAuthority.withAuthority(authority.authority())
						.issuedAt(Instant.ofEpochSecond((authority.issuedAt() != null) ? authority.issuedAt() : this.issuedAt))
						.build();
					default -> new SimpleGrantedAuthority(authority.authority());
				});
			}
			DefaultOidcUser user = new DefaultOidcUser(granted, idToken, userInfo, this.nameAttribute);
			return new OAuth2AuthenticationToken(user, granted, this.registrationId);
		}

		/** The claim that names the user, as the login recorded it in the OIDC user authority. */
		private static String nameAttributeOf(OAuth2AuthenticationToken token) {
			for (GrantedAuthority authority : token.getAuthorities()) {
				if (authority instanceof OidcUserAuthority oidc && oidc.getUserNameAttributeName() != null) {
					return oidc.getUserNameAttributeName();
				}
			}
			return "sub";
		}

		/** Instants as epoch seconds, which the claim converters read back as instants. */
		private static Map<String, Object> epochSeconds(Map<String, Object> claims) {
			Map<String, Object> result = new LinkedHashMap<>();
			claims.forEach((key, value) -> result.put(key, (value instanceof Instant instant) ? instant.getEpochSecond() : value));
			return result;
		}

	}

	/** A granted authority: {@code oidc-user}, {@code factor} (with when) or {@code simple}. */
	record StoredAuthority(String kind, String authority, @Nullable Long issuedAt) {
	}

}
