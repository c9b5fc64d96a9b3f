package io.zhengtong.gateway.login;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.zhengtong.gateway.GatewayApplication;
import io.zhengtong.gateway.support.StubKeycloak;
import io.zhengtong.gateway.support.StubServer;
import io.zhengtong.gateway.support.TestBrowser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.client.ReactorResourceFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole login as a browser and the OA client see it, against a stand-in Keycloak: redirect to
 * Keycloak with PKCE, callback, the encrypted session cookies, token relay to a service, token
 * refresh, CSRF, logout at Keycloak, and a second replica serving the same login.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LoginFlowTest {

	static final StubKeycloak keycloak = new StubKeycloak();

	static final StubServer mailbox = StubServer.start();

	static final StubServer portal = StubServer.start();

	@LocalServerPort
	int port;

	TestBrowser browser;

	@DynamicPropertySource
	static void stubs(DynamicPropertyRegistry registry) {
		properties().forEach((name, value) -> registry.add(name, () -> value));
	}

	static Map<String, String> properties() {
		return Map.of("zhengtong.keycloak-url", keycloak.url(), "zhengtong.login.client-secret", "test-client-secret",
				"zhengtong.session.key", "login-flow-test-session-key", "zhengtong.tls.pki-dir", "",
				"zhengtong.services.mailbox", mailbox.url(), "zhengtong.services.portal", portal.url());
	}

	@AfterAll
	static void stopStubs() {
		keycloak.close();
		mailbox.close();
		portal.close();
	}

	@BeforeEach
	void newBrowser() {
		this.browser = new TestBrowser(client(this.port));
		mailbox.reset();
		mailbox.respond((request) -> StubServer.Response.json(200, "{\"username\":\"zhang.wei\"}"));
		portal.reset();
		portal.respond((request) -> new StubServer.Response(200, Map.of("Content-Type", "text/html;charset=UTF-8"),
				"<p>网站</p>", java.time.Duration.ZERO));
		keycloak.accessTokensLast(300);
	}

	@Test
	void openingTheOaClientLogsInAtKeycloakWithPkceAndComesBackToTheSamePage() {
		EntityExchangeResult<byte[]> oa = this.browser.get("/oa/letters/42", "text/html");
		assertThat(oa.getStatus()).isEqualTo(HttpStatus.FOUND);
		assertThat(location(oa)).hasToString("/oauth2/authorization/keycloak");

		EntityExchangeResult<byte[]> toKeycloak = this.browser.get("/oauth2/authorization/keycloak", "text/html");
		URI authorize = location(toKeycloak);
		Map<String, String> query = UriComponentsBuilder.fromUri(authorize).build().getQueryParams().toSingleValueMap();
		assertThat(authorize.toString()).startsWith(StubKeycloak.ISSUER + "/protocol/openid-connect/auth?");
		assertThat(query).containsEntry("client_id", "zhengtong-gateway")
			.containsEntry("response_type", "code")
			.containsEntry("code_challenge_method", "S256")
			.containsEntry("redirect_uri", "http://localhost:" + this.port + "/login/oauth2/code/keycloak")
			.containsKeys("state", "nonce", "code_challenge");
		assertThat(this.browser.cookie("ZT_LOGIN")).isNotBlank();

		EntityExchangeResult<byte[]> callback = callback(query);
		assertThat(callback.getStatus()).isEqualTo(HttpStatus.FOUND);
		assertThat(location(callback)).hasToString("/oa/letters/42");
		assertThat(this.browser.cookies()).containsKeys("ZT_SESSION", "ZT_TOKENS").doesNotContainKey("ZT_LOGIN");

		EntityExchangeResult<byte[]> page = this.browser.get("/oa/letters/42", "text/html");
		assertThat(page.getStatus()).isEqualTo(HttpStatus.OK);
		assertThat(body(page)).contains("OA test stub");
		assertThat(this.browser.cookie("XSRF-TOKEN")).isNotBlank();
	}

	@Test
	void aPageThatStartsTheLoginItselfIsWhereTheUserComesBack() {
		EntityExchangeResult<byte[]> toKeycloak = this.browser.send(HttpMethod.GET, "/oauth2/authorization/keycloak",
				(headers) -> headers.set(HttpHeaders.REFERER, "http://localhost:" + this.port + "/oa/meetings?week=12"),
				null);
		Map<String, String> query = UriComponentsBuilder.fromUri(location(toKeycloak))
			.build()
			.getQueryParams()
			.toSingleValueMap();

		assertThat(location(callback(query))).hasToString("/oa/meetings?week=12");
	}

	@Test
	void anotherSitesRefererIsNeverARedirectTarget() {
		EntityExchangeResult<byte[]> toKeycloak = this.browser.send(HttpMethod.GET, "/oauth2/authorization/keycloak",
				(headers) -> headers.set(HttpHeaders.REFERER, "https://evil.example/phish"), null);
		Map<String, String> query = UriComponentsBuilder.fromUri(location(toKeycloak))
			.build()
			.getQueryParams()
			.toSingleValueMap();

		assertThat(location(callback(query))).hasToString("/");
	}

	@Test
	void theUsersAccessTokenIsRelayedToTheServiceButTheSessionCookiesAreNot() {
		logIn();

		EntityExchangeResult<byte[]> me = this.browser.get("/api/mailbox/me", "application/json");

		assertThat(me.getStatus()).isEqualTo(HttpStatus.OK);
		StubServer.Request forwarded = mailbox.lastRequest();
		assertThat(forwarded.headers().getFirst(HttpHeaders.AUTHORIZATION)).matches("Bearer access-\\d+");
		assertThat(String.valueOf(forwarded.headers().getFirst(HttpHeaders.COOKIE))).doesNotContain("ZT_");
	}

	@Test
	void anExpiredAccessTokenIsRefreshedAndTheNewTokensAreKeptInTheCookie() {
		keycloak.accessTokensLast(30);
		logIn();
		String tokensBefore = this.browser.cookie("ZT_TOKENS");
		keycloak.accessTokensLast(300);
		int refreshesBefore = refreshes();

		this.browser.get("/api/mailbox/me", "application/json");

		assertThat(refreshes()).isEqualTo(refreshesBefore + 1);
		String relayed = mailbox.lastRequest().headers().getFirst(HttpHeaders.AUTHORIZATION);
		assertThat(this.browser.cookie("ZT_TOKENS")).isNotEqualTo(tokensBefore);

		this.browser.get("/api/mailbox/me", "application/json");

		assertThat(refreshes()).as("the refreshed token is used, not refreshed again").isEqualTo(refreshesBefore + 1);
		assertThat(mailbox.lastRequest().headers().getFirst(HttpHeaders.AUTHORIZATION)).isEqualTo(relayed);
	}

	@Test
	void whenKeycloakNoLongerRefreshesTheLoginEndsWith401() {
		keycloak.accessTokensLast(30);
		logIn();
		keycloak.endSessions();
		try {
			EntityExchangeResult<byte[]> me = this.browser.get("/api/mailbox/me", "application/json");

			assertThat(me.getStatus()).isEqualTo(HttpStatus.UNAUTHORIZED);
			assertThat(me.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
			assertThat(body(me)).contains("登录已过期");
			assertThat(this.browser.cookies()).doesNotContainKeys("ZT_SESSION", "ZT_TOKENS");
			assertThat(this.browser.get("/oa/", "text/html").getStatus()).isEqualTo(HttpStatus.FOUND);
		}
		finally {
			keycloak.allowRefreshes();
		}
	}

	@Test
	void aChangeByALoggedInUserNeedsTheCsrfToken() {
		logIn();
		this.browser.get("/oa/", "text/html");
		String token = this.browser.cookie("XSRF-TOKEN");
		mailbox.reset();

		EntityExchangeResult<byte[]> withoutToken = this.browser.send(HttpMethod.POST, "/api/mailbox/letters/7/replies",
				(headers) -> headers.setContentType(MediaType.APPLICATION_JSON), "{\"text\":\"已办理\"}");
		assertThat(withoutToken.getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(body(withoutToken)).contains("csrf-token-invalid");
		assertThat(mailbox.requests()).isEmpty();

		EntityExchangeResult<byte[]> withToken = this.browser.send(HttpMethod.POST, "/api/mailbox/letters/7/replies",
				(headers) -> {
					headers.setContentType(MediaType.APPLICATION_JSON);
					headers.set("X-XSRF-TOKEN", token);
				}, "{\"text\":\"已办理\"}");
		assertThat(withToken.getStatus()).isEqualTo(HttpStatus.OK);
		assertThat(mailbox.lastRequest().body()).isEqualTo("{\"text\":\"已办理\"}");
	}

	@Test
	void anonymousCitizensPostWithoutCsrfToken() {
		EntityExchangeResult<byte[]> letter = this.browser.send(HttpMethod.POST, "/api/mailbox/public/letters",
				(headers) -> headers.setContentType(MediaType.APPLICATION_JSON), "{\"subject\":\"路灯不亮\"}");

		assertThat(letter.getStatus()).isEqualTo(HttpStatus.OK);
		assertThat(mailbox.lastRequest().headers().containsHeader(HttpHeaders.AUTHORIZATION)).isFalse();
	}

	@Test
	void loggingOutEndsTheKeycloakSessionAndReturnsToTheWebsite() {
		logIn();
		this.browser.get("/oa/", "text/html");

		EntityExchangeResult<byte[]> logout = this.browser.send(HttpMethod.POST, "/logout",
				(headers) -> headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED),
				"_csrf=" + this.browser.cookie("XSRF-TOKEN"));

		assertThat(logout.getStatus()).isEqualTo(HttpStatus.FOUND);
		URI endSession = location(logout);
		Map<String, String> query = UriComponentsBuilder.fromUri(endSession).build().getQueryParams().toSingleValueMap();
		assertThat(endSession.toString()).startsWith(StubKeycloak.ISSUER + "/protocol/openid-connect/logout?");
		assertThat(query).containsKey("id_token_hint");
		assertThat(URLDecoder.decode(query.get("post_logout_redirect_uri"), StandardCharsets.UTF_8))
			.isEqualTo("http://localhost:" + this.port + "/");
		assertThat(this.browser.cookies()).doesNotContainKeys("ZT_SESSION", "ZT_TOKENS");
		assertThat(this.browser.get("/oa/", "text/html").getStatus()).isEqualTo(HttpStatus.FOUND);
	}

	@Test
	void aSecondGatewayReplicaWithTheSameKeyServesTheSameLogin() {
		logIn();
		Map<String, String> replicaProperties = new java.util.HashMap<>(properties());
		replicaProperties.put("server.port", "0");
		String[] arguments = replicaProperties.entrySet()
			.stream()
			.map((property) -> "--" + property.getKey() + "=" + property.getValue())
			.toArray(String[]::new);
		// Two gateways in one JVM: the replica gets its own Reactor Netty resources, so that closing it
		// does not dispose the global event loops this test's gateway and stubs keep using.
		ApplicationContextInitializer<GenericApplicationContext> ownNettyResources = (context) -> context
			.registerBean(ReactorResourceFactory.class, () -> {
				ReactorResourceFactory factory = new ReactorResourceFactory();
				factory.setUseGlobalResources(false);
				return factory;
			});
		try (ConfigurableApplicationContext replica = new SpringApplicationBuilder(GatewayApplication.class)
			.initializers(ownNettyResources)
			.run(arguments)) {
			int replicaPort = Integer.parseInt(replica.getEnvironment().getProperty("local.server.port"));
			TestBrowser sameBrowser = new TestBrowser(client(replicaPort));
			this.browser.cookies().forEach(sameBrowser::setCookie);

			assertThat(sameBrowser.get("/oa/", "text/html").getStatus()).isEqualTo(HttpStatus.OK);
			assertThat(sameBrowser.get("/api/mailbox/me", "application/json").getStatus()).isEqualTo(HttpStatus.OK);
			assertThat(mailbox.lastRequest().headers().getFirst(HttpHeaders.AUTHORIZATION)).startsWith("Bearer access-");
		}
	}

	@Test
	void aLoginWithAForgedStateIsRefusedWithAChinesePage() {
		this.browser.get("/oauth2/authorization/keycloak", "text/html");

		EntityExchangeResult<byte[]> callback = this.browser.get("/login/oauth2/code/keycloak?code=x&state=forged",
				"text/html");

		assertThat(callback.getStatus()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(body(callback)).contains("登录未完成");
		assertThat(this.browser.cookies()).doesNotContainKey("ZT_SESSION");
	}

	@Test
	void aLoggedInVisitorsWebsitePagesCarryTheirTokenAndTheCsrfTokenForTheLogoutForm() {
		logIn();

		EntityExchangeResult<byte[]> page = this.browser.get("/mailbox/my", "text/html");

		assertThat(page.getStatus()).isEqualTo(HttpStatus.OK);
		StubServer.Request forwarded = portal.lastRequest();
		assertThat(forwarded.headers().getFirst(HttpHeaders.AUTHORIZATION)).matches("Bearer access-\\d+");
		assertThat(forwarded.headers().getFirst(OptionalTokenRelayGatewayFilterFactory.CSRF_HEADER))
			.isNotBlank()
			.isEqualTo(this.browser.cookie("XSRF-TOKEN"));
		assertThat(String.valueOf(forwarded.headers().getFirst(HttpHeaders.COOKIE))).doesNotContain("ZT_");

		EntityExchangeResult<byte[]> logout = this.browser.send(HttpMethod.POST, "/logout",
				(headers) -> headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED),
				"_csrf=" + forwarded.headers().getFirst(OptionalTokenRelayGatewayFilterFactory.CSRF_HEADER));
		assertThat(logout.getStatus()).as("the website's 退出 form").isEqualTo(HttpStatus.FOUND);
		assertThat(this.browser.cookies()).doesNotContainKeys("ZT_SESSION", "ZT_TOKENS");
	}

	@Test
	void anonymousWebsitePagesGoWithoutTokenAndAForgedCsrfHeaderNeverReachesThePortal() {
		EntityExchangeResult<byte[]> page = this.browser.send(HttpMethod.GET, "/mailbox",
				(headers) -> headers.set(OptionalTokenRelayGatewayFilterFactory.CSRF_HEADER, "forged"), null);

		assertThat(page.getStatus()).isEqualTo(HttpStatus.OK);
		StubServer.Request forwarded = portal.lastRequest();
		assertThat(forwarded.headers().containsHeader(HttpHeaders.AUTHORIZATION)).isFalse();
		assertThat(forwarded.headers().containsHeader(OptionalTokenRelayGatewayFilterFactory.CSRF_HEADER)).isFalse();
		assertThat(this.browser.cookies()).doesNotContainKey("XSRF-TOKEN");
	}

	@Test
	void aLoginThatCanNoLongerBeRefreshedCostsTheVisitorNoWebsitePage() {
		keycloak.accessTokensLast(30);
		logIn();
		keycloak.endSessions();
		try {
			EntityExchangeResult<byte[]> page = this.browser.get("/", "text/html");

			assertThat(page.getStatus()).isEqualTo(HttpStatus.OK);
			assertThat(body(page)).contains("网站");
			assertThat(portal.lastRequest().headers().containsHeader(HttpHeaders.AUTHORIZATION)).isFalse();
			assertThat(this.browser.cookies()).doesNotContainKeys("ZT_SESSION", "ZT_TOKENS");
		}
		finally {
			keycloak.allowRefreshes();
		}
	}

	@Test
	void theWebsitesLoginLinkNamesThePageToComeBackToButOnlyAPageOfThisSite() {
		assertThat(location(callback(authorizeQuery("/oauth2/authorization/keycloak?return=/mailbox/reports/2026-10"))))
			.hasToString("/mailbox/reports/2026-10");

		this.browser = new TestBrowser(client(this.port));
		assertThat(location(callback(authorizeQuery("/oauth2/authorization/keycloak?return=https://evil.example/x"))))
			.hasToString("/");
		this.browser = new TestBrowser(client(this.port));
		assertThat(location(callback(authorizeQuery("/oauth2/authorization/keycloak?return=//evil.example/x"))))
			.hasToString("/");
	}

	@Test
	void theRegisterLinkOpensKeycloaksRegistrationFormAndTheNewCitizenComesBackLoggedIn() {
		URI authorize = location(this.browser.get("/oauth2/authorization/keycloak?register=true&return=/mailbox", "text/html"));
		Map<String, String> query = UriComponentsBuilder.fromUri(authorize).build().getQueryParams().toSingleValueMap();
		assertThat(query).containsEntry("prompt", "create").containsEntry("code_challenge_method", "S256")
			.containsKeys("state", "nonce");
		assertThat(location(this.browser.get("/oauth2/authorization/keycloak", "text/html")).toString())
			.as("the plain login link").doesNotContain("prompt=");

		assertThat(location(callback(query))).hasToString("/mailbox");
	}

	@Test
	void oneLoginServesTheWebsiteAndTheOaAndAnAbandonedWebsiteLoginDoesNotDivertTheOaLogin() {
		this.browser.get("/oauth2/authorization/keycloak?return=/mailbox", "text/html"); // never finished at Keycloak

		assertThat(location(this.browser.get("/oa/letters/42", "text/html"))).hasToString("/oauth2/authorization/keycloak");
		Map<String, String> query = authorizeQuery("/oauth2/authorization/keycloak");
		assertThat(location(callback(query))).hasToString("/oa/letters/42");

		assertThat(this.browser.get("/mailbox", "text/html").getStatus()).isEqualTo(HttpStatus.OK);
		assertThat(portal.lastRequest().headers().getFirst(HttpHeaders.AUTHORIZATION)).startsWith("Bearer access-");
	}

	private Map<String, String> authorizeQuery(String loginStart) {
		URI authorize = location(this.browser.get(loginStart, "text/html"));
		return UriComponentsBuilder.fromUri(authorize).build().getQueryParams().toSingleValueMap();
	}

	private void logIn() {
		URI authorize = location(this.browser.get("/oauth2/authorization/keycloak", "text/html"));
		Map<String, String> query = UriComponentsBuilder.fromUri(authorize).build().getQueryParams().toSingleValueMap();
		assertThat(callback(query).getStatus()).isEqualTo(HttpStatus.FOUND);
	}

	private EntityExchangeResult<byte[]> callback(Map<String, String> authorizeQuery) {
		String code = keycloak.login("zhang.wei", decode(authorizeQuery.get("nonce")),
				decode(authorizeQuery.get("code_challenge")));
		return this.browser.get("/login/oauth2/code/keycloak?code=" + code + "&state=" + decode(authorizeQuery.get("state")),
				"text/html");
	}

	private static int refreshes() {
		return (int) keycloak.tokenRequests()
			.stream()
			.filter((request) -> "refresh_token".equals(request.form().get("grant_type")))
			.count();
	}

	private static WebTestClient client(int port) {
		return TestBrowser.client("http://localhost:" + port);
	}

	private static URI location(EntityExchangeResult<byte[]> result) {
		return result.getResponseHeaders().getLocation();
	}

	private static String body(EntityExchangeResult<byte[]> result) {
		byte[] body = result.getResponseBody();
		return (body != null) ? new String(body, StandardCharsets.UTF_8) : "";
	}

	private static String decode(String value) {
		return URLDecoder.decode(value, StandardCharsets.UTF_8);
	}

}
