package io.zhengtong.gateway.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.web.server.ServerWebExchange;

/**
 * Keeps the user's tokens (access, refresh) in the encrypted cookie {@value #COOKIE}. Token
 * relay reads them here and, when it refreshes an expired access token, saves the new tokens,
 * which rewrites the cookie on that response. The tokens belong to one principal: a cookie of
 * another user, of another client registration, or past its end is ignored.
 */
public class CookieAuthorizedClientRepository implements ServerOAuth2AuthorizedClientRepository {

	public static final String COOKIE = "ZT_TOKENS";

	private static final String LOADED = CookieAuthorizedClientRepository.class.getName() + ".LOADED";

	private final SessionCookieJar jar;

	private final ReactiveClientRegistrationRepository registrations;

	private final Duration maxAge;

	private final Clock clock;

	public CookieAuthorizedClientRepository(SessionCookieJar jar, ReactiveClientRegistrationRepository registrations,
			Duration maxAge, Clock clock) {
		this.jar = jar;
		this.registrations = registrations;
		this.maxAge = maxAge;
		this.clock = clock;
	}

	@Override
	@SuppressWarnings("unchecked")
	public <T extends OAuth2AuthorizedClient> Mono<T> loadAuthorizedClient(String clientRegistrationId,
			Authentication principal, ServerWebExchange exchange) {
		return Mono.justOrEmpty(stored(exchange))
			.filter((tokens) -> tokens.registrationId().equals(clientRegistrationId)
					&& tokens.principalName().equals(principal.getName()))
			.flatMap((tokens) -> this.registrations.findByRegistrationId(clientRegistrationId)
				.map((registration) -> (T) tokens.toAuthorizedClient(registration)));
	}

	@Override
	public Mono<Void> saveAuthorizedClient(OAuth2AuthorizedClient authorizedClient, Authentication principal,
			ServerWebExchange exchange) {
		return Mono.fromRunnable(() -> {
			StoredTokens tokens = StoredTokens.of(authorizedClient, principal.getName(),
					this.clock.instant().plus(this.maxAge));
			this.jar.write(exchange, COOKIE, SessionJson.write(tokens), null);
			exchange.getAttributes().put(LOADED, Optional.of(tokens));
		});
	}

	@Override
	public Mono<Void> removeAuthorizedClient(String clientRegistrationId, Authentication principal,
			ServerWebExchange exchange) {
		return Mono.fromRunnable(() -> {
			this.jar.clear(exchange, COOKIE);
			exchange.getAttributes().put(LOADED, Optional.empty());
		});
	}

	private Optional<StoredTokens> stored(ServerWebExchange exchange) {
		Optional<StoredTokens> cached = exchange.getAttribute(LOADED);
		if (cached != null) {
			return cached;
		}
		Optional<StoredTokens> tokens = this.jar.read(exchange, COOKIE)
			.map((json) -> SessionJson.read(json, StoredTokens.class))
			.filter((stored) -> this.clock.instant().isBefore(Instant.ofEpochSecond(stored.expiresAt())));
		if (tokens.isEmpty() && SessionCookieJar.isPresent(exchange.getRequest(), COOKIE)) {
			this.jar.clear(exchange, COOKIE);
		}
		exchange.getAttributes().put(LOADED, tokens);
		return tokens;
	}

	/**
	 * What the cookie holds (instants as epoch seconds).
	 *
	 * @param registrationId the client registration
	 * @param principalName the user the tokens were issued to
	 * @param accessToken the access token
	 * @param accessTokenIssuedAt when it was issued
	 * @param accessTokenExpiresAt when it expires
	 * @param scopes its scopes
	 * @param refreshToken the refresh token, if any
	 * @param refreshTokenIssuedAt when that was issued
	 * @param refreshTokenExpiresAt when that expires, if known
	 * @param expiresAt when the cookie stops counting
	 */
	record StoredTokens(String registrationId, String principalName, String accessToken,
			@Nullable Long accessTokenIssuedAt, @Nullable Long accessTokenExpiresAt, Set<String> scopes,
			@Nullable String refreshToken, @Nullable Long refreshTokenIssuedAt, @Nullable Long refreshTokenExpiresAt,
			long expiresAt) {

		static StoredTokens of(OAuth2AuthorizedClient client, String principalName, Instant expiresAt) {
			OAuth2AccessToken access = client.getAccessToken();
			OAuth2RefreshToken refresh = client.getRefreshToken();
			return new StoredTokens(client.getClientRegistration().getRegistrationId(), principalName,
					access.getTokenValue(), seconds(access.getIssuedAt()), seconds(access.getExpiresAt()),
					access.getScopes(), (refresh != null) ? refresh.getTokenValue() : null,
					(refresh != null) ? seconds(refresh.getIssuedAt()) : null,
					(refresh != null) ? seconds(refresh.getExpiresAt()) : null, expiresAt.getEpochSecond());
		}

		OAuth2AuthorizedClient toAuthorizedClient(ClientRegistration registration) {
			OAuth2AccessToken access = new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, this.accessToken,
					instant(this.accessTokenIssuedAt), instant(this.accessTokenExpiresAt), this.scopes);
			OAuth2RefreshToken refresh = (this.refreshToken != null) ? new OAuth2RefreshToken(this.refreshToken,
					instant(this.refreshTokenIssuedAt), instant(this.refreshTokenExpiresAt)) : null;
			return new OAuth2AuthorizedClient(registration, this.principalName, access, refresh);
		}

		private static @Nullable Long seconds(@Nullable Instant instant) {
			return (instant != null) ? instant.getEpochSecond() : null;
		}

		private static @Nullable Instant instant(@Nullable Long seconds) {
			return (seconds != null) ? Instant.ofEpochSecond(seconds) : null;
		}

	}

}
