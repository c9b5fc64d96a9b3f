package io.zhengtong.gateway.routing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.zhengtong.gateway.support.StubServer;
import io.zhengtong.gateway.support.TestBrowser;
import io.zhengtong.gateway.support.TestSessions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway against stand-ins: a working mailbox service, a Keycloak that records what it gets,
 * and every other service stopped (nothing listens on their ports).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayRoutingTest {

	static final String SESSION_KEY = "routing-test-session-key";

	static final StubServer mailbox = StubServer.start();

	static final StubServer keycloak = StubServer.start();

	@LocalServerPort
	int port;

	TestBrowser browser;

	@DynamicPropertySource
	static void services(DynamicPropertyRegistry registry) {
		registry.add("zhengtong.tls.pki-dir", () -> "");
		registry.add("zhengtong.session.key", () -> SESSION_KEY);
		registry.add("zhengtong.keycloak-url", () -> keycloak.url() + "/auth");
		registry.add("zhengtong.services.mailbox", mailbox::url);
		registry.add("zhengtong.services.portal", StubServer::closedPortUrl);
		registry.add("zhengtong.services.disclosure", StubServer::closedPortUrl);
		registry.add("zhengtong.services.exchange", StubServer::closedPortUrl);
		registry.add("zhengtong.services.meeting", StubServer::closedPortUrl);
	}

	@AfterAll
	static void stopStubs() {
		mailbox.close();
		keycloak.close();
	}

	@BeforeEach
	void setUp() {
		this.browser = new TestBrowser(TestBrowser.client("http://localhost:" + this.port));
		mailbox.reset();
		keycloak.reset();
	}

	@Test
	void aStoppedServiceAnswers503ProblemDetailsAtOnce() {
		long started = System.nanoTime();

		EntityExchangeResult<byte[]> result = this.browser.get("/api/disclosure/catalogue?page=2", "application/json");

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
		assertThat(result.getStatus()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(result.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("30");
		assertThat(body(result)).isEqualTo("{\"type\":\"urn:zhengtong:problem:service-unavailable\","
				+ "\"title\":\"服务暂时不可用\",\"status\":503,\"detail\":\"政府信息公开服务暂时无法访问，请稍后再试\","
				+ "\"instance\":\"/api/disclosure/catalogue\"}");
	}

	@Test
	void aBrowserOpeningAStoppedServiceGetsAChinesePage() {
		EntityExchangeResult<byte[]> result = this.browser.get("/api/meeting/notices",
				"text/html,application/xhtml+xml,*/*;q=0.8");

		assertThat(result.getStatus()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(result.getResponseHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
		assertThat(body(result)).contains("<html lang=\"zh-CN\">").contains("会议通知服务暂时无法访问，请稍后再试");
	}

	@Test
	void theWebsiteDownGivesAFriendlyPageEvenWithoutAcceptHeader() {
		EntityExchangeResult<byte[]> result = this.browser.get("/zwgk/index.html", "*/*");

		assertThat(result.getStatus()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(body(result)).contains("门户网站暂时无法访问，请稍后再试");
	}

	@Test
	void aServiceThatDoesNotAnswerInTimeGets503InsteadOfAHang() {
		mailbox.respond((request) -> StubServer.Response.json(200, "{}").delayedBy(Duration.ofSeconds(20)));
		long started = System.nanoTime();

		EntityExchangeResult<byte[]> result = this.browser.get("/api/mailbox/slow", "application/json");

		Duration took = Duration.ofNanos(System.nanoTime() - started);
		assertThat(result.getStatus()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(body(result)).contains("信箱服务暂时无法访问，请稍后再试");
		assertThat(took).isGreaterThanOrEqualTo(Duration.ofSeconds(5)).isLessThan(Duration.ofSeconds(10));
	}

	@Test
	void anAnonymousApiCallIsForwardedAsItIsWithoutTokenAndWithTheGatewaysForwardingHeaders() {
		mailbox.respond((request) -> StubServer.Response.json(401, "{\"title\":\"未登录\"}"));

		EntityExchangeResult<byte[]> result = this.browser.send(HttpMethod.GET, "/api/mailbox/me?x=1", (headers) -> {
			headers.setAccept(List.of(MediaType.APPLICATION_JSON));
			headers.set("X-Forwarded-Host", "evil.example");
			headers.set("X-Forwarded-Proto", "https");
		}, null);

		assertThat(result.getStatus()).isEqualTo(HttpStatus.UNAUTHORIZED);
		StubServer.Request forwarded = mailbox.lastRequest();
		assertThat(forwarded.uri()).isEqualTo("/api/mailbox/me?x=1");
		assertThat(forwarded.headers().containsHeader(HttpHeaders.AUTHORIZATION)).isFalse();
		assertThat(forwarded.headers().get("X-Forwarded-Host")).containsExactly("localhost:" + this.port);
		assertThat(forwarded.headers().get("X-Forwarded-Proto")).containsExactly("http");
		assertThat(forwarded.headers().get("X-Forwarded-Port")).containsExactly(String.valueOf(this.port));
	}

	@Test
	void aProgramsOwnBearerTokenPassesThroughWhenThereIsNoSession() {
		this.browser.send(HttpMethod.GET, "/api/mailbox/me",
				(headers) -> headers.setBearerAuth("token-from-zhengtong-cli"), null);

		assertThat(mailbox.lastRequest().headers().getFirst(HttpHeaders.AUTHORIZATION))
			.isEqualTo("Bearer token-from-zhengtong-cli");
	}

	@Test
	void anApiCallWithoutLoginIsStillCheckedByTheFirewall() {
		EntityExchangeResult<byte[]> result = this.browser.get("/api/mailbox/letters;jsessionid=x", "application/json");

		assertThat(result.getStatus()).isEqualTo(HttpStatus.BAD_REQUEST);
		assertThat(mailbox.requests()).isEmpty();
	}

	@Test
	void theSessionCookiesNeverReachAService() {
		this.browser.setCookie("ZT_SESSION", "sealed");
		this.browser.setCookie("ZT_TOKENS.0", "sealed");
		this.browser.setCookie("portal_font", "large");

		this.browser.get("/api/mailbox/me", "application/json");

		assertThat(mailbox.lastRequest().headers().get(HttpHeaders.COOKIE)).containsExactly("portal_font=large");
	}

	@Test
	void keycloakIsReachedUnderAuthWithoutStrippingAndWithoutForgedCertificates() {
		keycloak.respond((request) -> new StubServer.Response(200,
				Map.of("Content-Type", "text/html", "Content-Security-Policy", "frame-ancestors 'self'"), "登录",
				Duration.ZERO));

		EntityExchangeResult<byte[]> result = this.browser.send(HttpMethod.GET,
				"/auth/realms/zhengtong/protocol/openid-connect/auth?client_id=zhengtong-gateway", (headers) -> {
					headers.set("X-SSL-Client-Cert", "-----BEGIN%20CERTIFICATE-----forged");
					headers.set("ssl-client-verify", "SUCCESS");
				}, null);

		StubServer.Request forwarded = keycloak.lastRequest();
		assertThat(forwarded.uri()).isEqualTo("/auth/realms/zhengtong/protocol/openid-connect/auth?client_id=zhengtong-gateway");
		assertThat(forwarded.headers().containsHeader("X-SSL-Client-Cert")).isFalse();
		assertThat(forwarded.headers().containsHeader("ssl-client-verify")).isFalse();
		assertThat(forwarded.headers().get("X-Forwarded-Host")).containsExactly("localhost:" + this.port);
		assertThat(result.getResponseHeaders().get("Content-Security-Policy")).containsExactly("frame-ancestors 'self'");
		assertThat(result.getResponseHeaders().containsHeader("X-Frame-Options")).isFalse();
	}

	@Test
	void keycloakFailingGivesAPageNamingTheLoginService() {
		keycloak.respond((request) -> StubServer.Response.dropConnection());

		EntityExchangeResult<byte[]> result = this.browser.get("/auth/realms/zhengtong/account", "text/html");

		assertThat(result.getStatus()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
		assertThat(body(result)).contains("统一身份认证服务暂时无法访问");
	}

	@Test
	void proxiedAnswersGetTheSecurityHeaders() {
		EntityExchangeResult<byte[]> result = this.browser.get("/api/mailbox/public/guide", "application/json");

		HttpHeaders headers = result.getResponseHeaders();
		assertThat(headers.getFirst("Content-Security-Policy")).contains("frame-ancestors 'none'");
		assertThat(headers.getFirst("X-Frame-Options")).isEqualTo("DENY");
		assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(headers.getFirst("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
		assertThat(headers.containsHeader("Permissions-Policy")).isTrue();
		assertThat(headers.containsHeader("Strict-Transport-Security")).as("plain HTTP").isFalse();
	}

	@Test
	void healthIsOpenForTheLauncher() {
		EntityExchangeResult<byte[]> readiness = this.browser.get("/actuator/health/readiness", "application/json");

		assertThat(readiness.getStatus()).isEqualTo(HttpStatus.OK);
		assertThat(body(readiness)).contains("\"status\":\"UP\"");
		assertThat(this.browser.get("/actuator/health/liveness", "application/json").getStatus())
			.isEqualTo(HttpStatus.OK);
	}

	@Test
	void nothingElseOfActuatorIsReachable() {
		assertThat(this.browser.get("/actuator/env", "application/json").getStatus())
			.isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(mailbox.requests()).isEmpty();
	}

	@Test
	void tooManyLettersFromOneAddressGet429() {
		int accepted = 0;
		EntityExchangeResult<byte[]> last = null;
		for (int i = 0; i < 12; i++) {
			last = this.browser.send(HttpMethod.POST, "/api/mailbox/public/letters", (headers) -> {
				headers.setContentType(MediaType.APPLICATION_JSON);
				headers.setAccept(List.of(MediaType.APPLICATION_JSON));
			}, "{\"subject\":\"噪音扰民\"}");
			if (last.getStatus().is2xxSuccessful()) {
				accepted++;
			}
		}

		assertThat(accepted).isEqualTo(10);
		assertThat(last.getStatus()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
		// One token comes back every 6 s; on a slow machine part of that interval has already passed.
		assertThat(Integer.parseInt(last.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER))).isBetween(1, 6);
		assertThat(last.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void theOaClientNeedsALogin() {
		EntityExchangeResult<byte[]> page = this.browser.get("/oa/", "text/html");
		assertThat(page.getStatus()).isEqualTo(HttpStatus.FOUND);
		assertThat(page.getResponseHeaders().getLocation()).hasToString("/oauth2/authorization/keycloak");

		EntityExchangeResult<byte[]> script = this.browser.get("/oa/config.json", "application/json");
		assertThat(script.getStatus()).isEqualTo(HttpStatus.UNAUTHORIZED);
		assertThat(script.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void theOaClientIsServedWithHistoryRoutingAndCaching() {
		TestSessions.loggedIn(SESSION_KEY, "zhang.wei").forEach(this.browser::setCookie);

		EntityExchangeResult<byte[]> root = this.browser.get("/oa", "text/html");
		assertThat(root.getStatus()).isEqualTo(HttpStatus.FOUND);
		assertThat(root.getResponseHeaders().getLocation()).hasToString("/oa/");

		EntityExchangeResult<byte[]> index = this.browser.get("/oa/", "text/html");
		assertThat(index.getStatus()).isEqualTo(HttpStatus.OK);
		assertThat(body(index)).contains("OA test stub");
		assertThat(index.getResponseHeaders().getCacheControl()).isEqualTo("no-cache");
		assertThat(this.browser.cookie("XSRF-TOKEN")).isNotBlank();

		EntityExchangeResult<byte[]> deepLink = this.browser.get("/oa/letters/2026-0042/handle", "text/html");
		assertThat(deepLink.getStatus()).isEqualTo(HttpStatus.OK);
		assertThat(body(deepLink)).contains("OA test stub");

		EntityExchangeResult<byte[]> asset = this.browser.get("/oa/assets/index-test1234.js", "*/*");
		assertThat(asset.getStatus()).isEqualTo(HttpStatus.OK);
		assertThat(asset.getResponseHeaders().getCacheControl()).contains("max-age=31536000").contains("immutable");

		EntityExchangeResult<byte[]> missing = this.browser.get("/oa/assets/missing-abc.js", "*/*");
		assertThat(missing.getStatus()).isEqualTo(HttpStatus.NOT_FOUND);
	}

	@Test
	void aForgedSessionCookieIsNoLogin() {
		this.browser.setCookie("ZT_SESSION", TestSessions.loggedIn("a-different-session-key", "zhang.wei").get("ZT_SESSION"));

		EntityExchangeResult<byte[]> page = this.browser.get("/oa/", "text/html");

		assertThat(page.getStatus()).isEqualTo(HttpStatus.FOUND);
		assertThat(this.browser.cookie("ZT_SESSION")).as("the unreadable cookie is removed").isNull();
	}

	@Test
	void aLoggedInChangeWithoutCsrfTokenIsRefusedButAnAnonymousOneIsNot() {
		mailbox.respond((request) -> StubServer.Response.json(201, "{}"));

		EntityExchangeResult<byte[]> anonymous = this.browser.send(HttpMethod.POST, "/api/mailbox/drafts",
				(headers) -> headers.setContentType(MediaType.APPLICATION_JSON), "{}");
		assertThat(anonymous.getStatus()).isEqualTo(HttpStatus.CREATED);

		TestSessions.loggedIn(SESSION_KEY, "zhang.wei").forEach(this.browser::setCookie);
		EntityExchangeResult<byte[]> loggedIn = this.browser.send(HttpMethod.POST, "/api/mailbox/drafts",
				(headers) -> headers.setContentType(MediaType.APPLICATION_JSON), "{}");
		assertThat(loggedIn.getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(body(loggedIn)).contains("\"title\":\"请求校验失败\"");
		assertThat(mailbox.requests()).hasSize(1);
	}

	@Test
	void theGatewayHasNoLoginPageOfItsOwn() {
		EntityExchangeResult<byte[]> login = this.browser.get("/login", "text/html");

		assertThat(login.getStatus()).as("proxied to the (stopped) website").isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
	}

	/**
	 * The services' Tomcat closes a connection idle for 60 s. A step (e.g. accepting a letter) posted
	 * on a pooled connection just as that happened was answered 503 ("Connection prematurely closed
	 * BEFORE response"): a body is not sent twice. The gateway retires connections idle for 30 s; the
	 * stand-in closes them at 31 s (so this test waits half a minute).
	 */
	@Test
	void aStepPostedAfterAQuietHalfMinuteIsNotSentOnAConnectionTheServiceIsClosing() throws InterruptedException {
		mailbox.closeConnectionsIdleFor(Duration.ofSeconds(31));
		assertThat(postStep().getStatus()).isEqualTo(HttpStatus.OK);

		Thread.sleep(Duration.ofMillis(31_500));
		EntityExchangeResult<byte[]> afterQuiet = postStep();

		assertThat(afterQuiet.getStatus()).as(body(afterQuiet)).isEqualTo(HttpStatus.OK);
		assertThat(mailbox.requests()).hasSize(2);
	}

	private EntityExchangeResult<byte[]> postStep() {
		return this.browser.send(HttpMethod.POST, "/api/mailbox/letters/42/accept",
				(headers) -> headers.setContentType(MediaType.APPLICATION_JSON), "{\"version\":3}");
	}

	private static String body(EntityExchangeResult<byte[]> result) {
		byte[] body = result.getResponseBody();
		return (body != null) ? new String(body, StandardCharsets.UTF_8) : "";
	}

}
