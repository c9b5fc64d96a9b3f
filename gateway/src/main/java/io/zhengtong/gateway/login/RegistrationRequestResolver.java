package io.zhengtong.gateway.login;

import reactor.core.publisher.Mono;

import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.server.DefaultServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.web.server.ServerWebExchange;

/**
 * The authorization request as usual (PKCE, state, nonce), and for the website's 注册 link
 * ({@code /oauth2/authorization/keycloak?register=true}) with {@code prompt=create}: Keycloak then
 * opens its registration form instead of the login form (OpenID Connect "Initiating User
 * Registration"), and the new citizen comes back logged in, to the page they were on.
 */
class RegistrationRequestResolver implements ServerOAuth2AuthorizationRequestResolver {

	static final String REGISTER_PARAMETER = "register";

	private final DefaultServerOAuth2AuthorizationRequestResolver standard;

	RegistrationRequestResolver(ReactiveClientRegistrationRepository registrations) {
		this.standard = new DefaultServerOAuth2AuthorizationRequestResolver(registrations);
	}

	@Override
	public Mono<OAuth2AuthorizationRequest> resolve(ServerWebExchange exchange) {
		return this.standard.resolve(exchange).map((request) -> registering(exchange, request));
	}

	@Override
	public Mono<OAuth2AuthorizationRequest> resolve(ServerWebExchange exchange, String clientRegistrationId) {
		return this.standard.resolve(exchange, clientRegistrationId).map((request) -> registering(exchange, request));
	}

	private static OAuth2AuthorizationRequest registering(ServerWebExchange exchange, OAuth2AuthorizationRequest request) {
		if (!"true".equals(exchange.getRequest().getQueryParams().getFirst(REGISTER_PARAMETER))) {
			return request;
		}
		return OAuth2AuthorizationRequest.from(request)
			.additionalParameters((parameters) -> parameters.put("prompt", "create"))
			.authorizationRequestUri(request.getAuthorizationRequestUri() + "&prompt=create")
			.build();
	}

}
