package io.zhengtong.gateway.login;

import java.util.Optional;

import io.zhengtong.gateway.session.CookieAuthorizedClientRepository;
import io.zhengtong.gateway.session.CookieSecurityContextRepository;
import io.zhengtong.gateway.session.SessionCookieJar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.security.oauth2.client.ClientAuthorizationException;
import org.springframework.security.oauth2.client.OAuth2AuthorizeRequest;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClientRequestException;
import org.springframework.web.server.ServerWebExchange;

/**
 * The website's token relay ({@code OptionalTokenRelay=} on the website route): pages stay public,
 * and a visitor with a login has their access token (refreshed when it is about to expire) relayed
 * to the portal, so it can greet them and write letters and show 我的来信 as their account. With
 * it goes the CSRF token ({@value #CSRF_HEADER}), for the page's 退出 form ({@code POST /logout}
 * needs it, and the browser may not have the {@code XSRF-TOKEN} cookie yet on the first page after
 * logging in). A value of that header sent by a client is always removed first.
 * <p>
 * Unlike the API routes, a login that cannot be refreshed (ended at Keycloak, expired) or a
 * Keycloak that cannot be reached never costs the visitor the page: the page is served as to
 * anyone; an ended login's cookies are removed on the way.
 */
@Component
class OptionalTokenRelayGatewayFilterFactory extends AbstractGatewayFilterFactory<Object> {

	static final String CSRF_HEADER = "X-Zt-Csrf-Token";

	private static final Logger log = LoggerFactory.getLogger(OptionalTokenRelayGatewayFilterFactory.class);

	private final ReactiveOAuth2AuthorizedClientManager clients;

	private final SessionCookieJar jar;

	OptionalTokenRelayGatewayFilterFactory(ReactiveOAuth2AuthorizedClientManager clients, SessionCookieJar jar) {
		super(Object.class);
		this.clients = clients;
		this.jar = jar;
	}

	@Override
	public GatewayFilter apply(Object config) {
		return (exchange, chain) -> {
			ServerWebExchange cleaned = exchange.mutate()
				.request((request) -> request.headers((headers) -> headers.remove(CSRF_HEADER)))
				.build();
			return cleaned.getPrincipal()
				.filter(OAuth2AuthenticationToken.class::isInstance)
				.cast(OAuth2AuthenticationToken.class)
				.flatMap((login) -> this.clients.authorize(OAuth2AuthorizeRequest
					.withClientRegistrationId(login.getAuthorizedClientRegistrationId())
					.principal(login)
					.build()))
				.flatMap((client) -> loggedIn(cleaned, client))
				.onErrorResume(ClientAuthorizationException.class, (ex) -> {
					log.info("Website login ended ({}): the page is served without it", ex.getError());
					this.jar.clear(exchange, CookieSecurityContextRepository.COOKIE);
					this.jar.clear(exchange, CookieAuthorizedClientRepository.COOKIE);
					return Mono.empty();
				})
				.onErrorResume(WebClientRequestException.class, (ex) -> {
					log.warn("Cannot refresh tokens for a website page, served without login: {}", ex.getMessage());
					return Mono.empty();
				})
				.defaultIfEmpty(cleaned)
				.flatMap(chain::filter);
		};
	}

	private static Mono<ServerWebExchange> loggedIn(ServerWebExchange exchange, OAuth2AuthorizedClient client) {
		Mono<CsrfToken> csrf = exchange.getAttribute(CsrfToken.class.getName());
		Mono<String> csrfValue = (csrf != null) ? csrf.map(CsrfToken::getToken) : Mono.empty();
		return csrfValue.map(Optional::of)
			.defaultIfEmpty(Optional.empty())
			.map((token) -> exchange.mutate().request((request) -> request.headers((headers) -> {
				headers.setBearerAuth(client.getAccessToken().getTokenValue());
				token.ifPresent((value) -> headers.set(CSRF_HEADER, value));
			})).build());
	}

}
