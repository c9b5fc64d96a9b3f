package io.zhengtong.gateway.login;

import java.net.URI;
import java.util.Set;

import io.zhengtong.gateway.problem.Problem;
import io.zhengtong.gateway.problem.ProblemResponder;
import io.zhengtong.gateway.session.CookieAuthorizationRequestRepository;
import io.zhengtong.gateway.session.CookieAuthorizedClientRepository;
import io.zhengtong.gateway.session.CookieSecurityContextRepository;
import io.zhengtong.gateway.session.SessionCookieJar;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.web.server.logout.OidcClientInitiatedServerLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authentication.logout.ServerLogoutHandler;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.CsrfException;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.util.matcher.NegatedServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Who may go where, and how login, logout and CSRF work.
 * <ul>
 * <li>{@code /oa/**} needs a login (OIDC authorization code with PKCE at Keycloak); everything else
 * passes: services decide about {@code /api/**} themselves (the user's access token is relayed when
 * there is a login), the website and Keycloak are public (the website gets the token too when there
 * is a login: {@link OptionalTokenRelayGatewayFilterFactory}). Only health is open of Actuator.</li>
 * <li>The session lives in encrypted cookies (see the {@code session} package), never in memory.</li>
 * <li>{@code POST /logout} ends the login here and at Keycloak (RP-initiated logout), then returns
 * to the website.</li>
 * <li>CSRF: where a login grants something ({@code /api/**}, {@code /oa/**}, {@code /logout}), a
 * changing request that carries the session cookie must echo the {@code XSRF-TOKEN} cookie in the
 * {@code X-XSRF-TOKEN} header (or a {@code _csrf} form field).</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	private static final PathPatternParser PATTERNS = PathPatternParser.defaultInstance;

	private static final PathPattern OA_CLIENT = PATTERNS.parse("/oa/**");

	private static final PathPattern API = PATTERNS.parse("/api/**");

	private static final Set<PathPattern> CSRF_PROTECTED = Set.of(API, OA_CLIENT,
			PATTERNS.parse("/logout"));

	private static final Set<HttpMethod> SAFE_METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
			HttpMethod.TRACE);

	@Bean
	SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http, ProblemResponder responder,
			ReactiveClientRegistrationRepository registrations,
			CookieSecurityContextRepository securityContextRepository,
			CookieAuthorizedClientRepository authorizedClientRepository,
			CookieAuthorizationRequestRepository authorizationRequestRepository) {
		SavedPageCookie requestCache = new SavedPageCookie();
		ServerAccessDeniedHandler accessDenied = (exchange, denied) -> responder.respond(exchange,
				(denied instanceof CsrfException) ? Problem.csrfRejected() : Problem.forbidden());
		http.securityMatcher(new NegatedServerWebExchangeMatcher(apiCallWithoutLogin()))
			.securityContextRepository(securityContextRepository)
			.requestCache((cache) -> cache.requestCache(requestCache))
			.authorizeExchange((exchanges) -> exchanges.pathMatchers("/actuator/health", "/actuator/health/**")
				.permitAll()
				.pathMatchers("/actuator/**")
				.denyAll()
				.pathMatchers("/oa/**")
				.authenticated()
				.anyExchange()
				.permitAll())
			.oauth2Login((login) -> login.authorizationRequestRepository(authorizationRequestRepository)
				.authorizationRequestResolver(new RegistrationRequestResolver(registrations))
				.authorizedClientRepository(authorizedClientRepository)
				.securityContextRepository(securityContextRepository)
				.authenticationFailureHandler(new LoginFailureHandler(responder)))
			.logout((logout) -> logout.logoutUrl("/logout")
				.logoutHandler((handlers) -> handlers.add(removeTokens(authorizedClientRepository)))
				.logoutSuccessHandler(keycloakLogout(registrations)))
			.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokenRepository())
				.csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler())
				.requireCsrfProtectionMatcher(loggedInChanges())
				.accessDeniedHandler(accessDenied))
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint(new LoginEntryPoint(requestCache, responder))
				.accessDeniedHandler(accessDenied))
			.headers(ServerHttpSecurity.HeaderSpec::disable)
			.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
			.formLogin(ServerHttpSecurity.FormLoginSpec::disable)
			.addFilterBefore(requestCache.refererAtLoginStart(), SecurityWebFiltersOrder.HTTP_BASIC)
			.addFilterAfter(new CsrfTokenCookieFilter(), SecurityWebFiltersOrder.CSRF);
		return http.build();
	}

	/**
	 * No observation wrapped around each security filter: they are switched off anyway
	 * ({@code management.observations.enable.spring.security=false}), but the wrapping alone cost
	 * about 4 % of the gateway's CPU per proxied request.
	 */
	@Bean
	static SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	/** Token relay's source of tokens: from the cookie, refreshed with the refresh token when expired. */
	@Bean
	ReactiveOAuth2AuthorizedClientManager authorizedClientManager(ReactiveClientRegistrationRepository registrations,
			CookieAuthorizedClientRepository authorizedClientRepository) {
		ReactiveOAuth2AuthorizedClientProvider provider = ReactiveOAuth2AuthorizedClientProviderBuilder.builder()
			.authorizationCode()
			.refreshToken()
			.build();
		DefaultReactiveOAuth2AuthorizedClientManager manager = new DefaultReactiveOAuth2AuthorizedClientManager(
				registrations, authorizedClientRepository);
		manager.setAuthorizedClientProvider(provider);
		return manager;
	}

	static boolean isOaClient(ServerHttpRequest request) {
		return OA_CLIENT.matches(request.getPath().pathWithinApplication());
	}

	private static CookieServerCsrfTokenRepository csrfTokenRepository() {
		CookieServerCsrfTokenRepository repository = CookieServerCsrfTokenRepository.withHttpOnlyFalse();
		repository.setCookiePath("/");
		repository.setCookieCustomizer((cookie) -> cookie.sameSite("Lax"));
		return repository;
	}

	/**
	 * API calls without the session cookie: citizens' anonymous calls and programs with their own
	 * bearer token, most of the gateway's traffic. Spring Security has nothing to do for them (all of
	 * {@code /api/**} is permitted, CSRF only guards the session cookie, there is no login to relay,
	 * no login or logout URL is under {@code /api/}), so they skip its chain: its dozen filters were
	 * about a tenth of the gateway's CPU per proxied call. Its firewall still checks them.
	 */
	private static ServerWebExchangeMatcher apiCallWithoutLogin() {
		return (exchange) -> {
			ServerHttpRequest request = exchange.getRequest();
			boolean skip = API.matches(request.getPath().pathWithinApplication())
					&& !SessionCookieJar.isPresent(request, CookieSecurityContextRepository.COOKIE);
			return skip ? ServerWebExchangeMatcher.MatchResult.match() : ServerWebExchangeMatcher.MatchResult.notMatch();
		};
	}

	/** Changing requests that carry the session cookie, where the session grants something. */
	private static ServerWebExchangeMatcher loggedInChanges() {
		return (exchange) -> {
			ServerHttpRequest request = exchange.getRequest();
			PathContainer path = request.getPath().pathWithinApplication();
			boolean protect = !SAFE_METHODS.contains(request.getMethod())
					&& CSRF_PROTECTED.stream().anyMatch((pattern) -> pattern.matches(path))
					&& SessionCookieJar.isPresent(request, CookieSecurityContextRepository.COOKIE);
			return protect ? ServerWebExchangeMatcher.MatchResult.match()
					: ServerWebExchangeMatcher.MatchResult.notMatch();
		};
	}

	/** Logout forgets the tokens too (the security context and CSRF cookies go by default). */
	private static ServerLogoutHandler removeTokens(CookieAuthorizedClientRepository repository) {
		return (exchange, authentication) -> repository.removeAuthorizedClient(
				KeycloakClientRegistration.REGISTRATION_ID, authentication, exchange.getExchange());
	}

	private static OidcClientInitiatedServerLogoutSuccessHandler keycloakLogout(
			ReactiveClientRegistrationRepository registrations) {
		OidcClientInitiatedServerLogoutSuccessHandler handler = new OidcClientInitiatedServerLogoutSuccessHandler(
				registrations);
		handler.setPostLogoutRedirectUri("{baseUrl}/");
		handler.setLogoutSuccessUrl(URI.create("/"));
		return handler;
	}

}
