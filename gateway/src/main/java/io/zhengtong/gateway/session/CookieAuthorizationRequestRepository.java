package io.zhengtong.gateway.session;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.client.web.server.ServerAuthorizationRequestRepository;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.web.server.ServerWebExchange;

/**
 * Keeps pending logins (state, nonce, PKCE verifier, redirect URI) in the encrypted cookie
 * {@value #COOKIE} between the redirect to Keycloak and the callback, so the callback may land on
 * any replica. Up to {@value #MAX_PENDING} logins are kept, matched by {@code state}, so that two
 * tabs logging in at once do not break each other; each expires after ten minutes.
 */
public class CookieAuthorizationRequestRepository
		implements ServerAuthorizationRequestRepository<OAuth2AuthorizationRequest> {

	public static final String COOKIE = "ZT_LOGIN";

	static final int MAX_PENDING = 3;

	static final Duration LIFETIME = Duration.ofMinutes(10);

	private final SessionCookieJar jar;

	private final Clock clock;

	public CookieAuthorizationRequestRepository(SessionCookieJar jar, Clock clock) {
		this.jar = jar;
		this.clock = clock;
	}

	@Override
	public Mono<OAuth2AuthorizationRequest> loadAuthorizationRequest(ServerWebExchange exchange) {
		return Mono.fromSupplier(() -> {
			String state = state(exchange);
			return (state != null) ? pending(exchange).stream()
				.filter((request) -> request.state().equals(state))
				.findFirst()
				.map(StoredRequest::toAuthorizationRequest) : Optional.<OAuth2AuthorizationRequest>empty();
		}).flatMap(Mono::justOrEmpty);
	}

	@Override
	public Mono<Void> saveAuthorizationRequest(@Nullable OAuth2AuthorizationRequest authorizationRequest,
			ServerWebExchange exchange) {
		if (authorizationRequest == null) {
			return removeAuthorizationRequest(exchange).then();
		}
		return Mono.fromRunnable(() -> {
			List<StoredRequest> pending = new ArrayList<>(pending(exchange));
			pending.removeIf((request) -> request.state().equals(authorizationRequest.getState()));
			pending.add(StoredRequest.of(authorizationRequest, this.clock.instant()));
			while (pending.size() > MAX_PENDING) {
				pending.remove(0);
			}
			store(exchange, pending);
		});
	}

	@Override
	public Mono<OAuth2AuthorizationRequest> removeAuthorizationRequest(ServerWebExchange exchange) {
		return Mono.fromSupplier(() -> {
			String state = state(exchange);
			if (state == null) {
				return Optional.<OAuth2AuthorizationRequest>empty();
			}
			List<StoredRequest> pending = new ArrayList<>(pending(exchange));
			Optional<StoredRequest> match = pending.stream().filter((request) -> request.state().equals(state)).findFirst();
			match.ifPresent((request) -> {
				pending.remove(request);
				store(exchange, pending);
			});
			return match.map(StoredRequest::toAuthorizationRequest);
		}).flatMap(Mono::justOrEmpty);
	}

	private List<StoredRequest> pending(ServerWebExchange exchange) {
		Instant oldest = this.clock.instant().minus(LIFETIME);
		return this.jar.read(exchange, COOKIE)
			.map((json) -> SessionJson.read(json, PendingLogins.class))
			.map(PendingLogins::requests)
			.map((requests) -> requests.stream()
				.filter((request) -> Instant.ofEpochSecond(request.createdAt()).isAfter(oldest))
				.toList())
			.orElse(List.of());
	}

	private void store(ServerWebExchange exchange, List<StoredRequest> pending) {
		if (pending.isEmpty()) {
			this.jar.clear(exchange, COOKIE);
		}
		else {
			this.jar.write(exchange, COOKIE, SessionJson.write(new PendingLogins(pending)), LIFETIME);
		}
	}

	private static @Nullable String state(ServerWebExchange exchange) {
		return exchange.getRequest().getQueryParams().getFirst(OAuth2ParameterNames.STATE);
	}

	record PendingLogins(List<StoredRequest> requests) {
	}

	/**
	 * One pending authorization request (created at, in epoch seconds).
	 *
	 * @param authorizationUri Keycloak's authorization endpoint
	 * @param clientId the client
	 * @param redirectUri where Keycloak sends the user back
	 * @param scopes the requested scopes
	 * @param state the state
	 * @param additionalParameters nonce hash, PKCE challenge and method
	 * @param attributes registration id, nonce, PKCE verifier
	 * @param createdAt when the login started
	 */
	record StoredRequest(String authorizationUri, String clientId, @Nullable String redirectUri, Set<String> scopes,
			String state, Map<String, Object> additionalParameters, Map<String, Object> attributes, long createdAt) {

		static StoredRequest of(OAuth2AuthorizationRequest request, Instant now) {
			return new StoredRequest(request.getAuthorizationUri(), request.getClientId(), request.getRedirectUri(),
					request.getScopes(), request.getState(), new LinkedHashMap<>(request.getAdditionalParameters()),
					new LinkedHashMap<>(request.getAttributes()), now.getEpochSecond());
		}

		OAuth2AuthorizationRequest toAuthorizationRequest() {
			return OAuth2AuthorizationRequest.authorizationCode()
				.authorizationUri(this.authorizationUri)
				.clientId(this.clientId)
				.redirectUri(this.redirectUri)
				.scopes(this.scopes)
				.state(this.state)
				.additionalParameters(this.additionalParameters)
				.attributes(this.attributes)
				.build();
		}

	}

}
