package io.zhengtong.gateway.tls;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Map;

import io.zhengtong.gateway.support.StubKeycloak;
import io.zhengtong.gateway.support.StubServer;
import io.zhengtong.gateway.support.TestBrowser;
import io.zhengtong.gateway.support.TestPki;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gateway with TLS material (the test PKI): HTTPS with client certificates requested, plain
 * HTTP next to it, and the client certificate reaching Keycloak as nginx would forward it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "zhengtong.tls.port=0", "zhengtong.tls.password=" + TestPki.PASSWORD })
class TlsListenersTest {

	static final StubKeycloak stubKeycloak = new StubKeycloak();

	static final StubServer keycloak = stubKeycloak.server();

	@LocalServerPort
	int httpsPort;

	@Autowired
	PlainHttpListener plainHttp;

	@DynamicPropertySource
	static void pki(DynamicPropertyRegistry registry) {
		registry.add("zhengtong.tls.pki-dir", () -> TestPki.directory().toString());
		registry.add("zhengtong.keycloak-url", stubKeycloak::url);
		registry.add("zhengtong.login.client-secret", () -> "test-client-secret");
		registry.add("zhengtong.session.key", () -> "tls-test-session-key-0123");
	}

	@AfterAll
	static void stop() {
		stubKeycloak.close();
	}

	@BeforeEach
	void reset() {
		keycloak.clearRequests();
	}

	@Test
	void httpsAndPlainHttpServeTheSameGateway() {
		assertThat(this.plainHttp.getPort()).isPositive().isNotEqualTo(this.httpsPort);

		EntityExchangeResult<byte[]> https = https(null).get().uri("/actuator/health/readiness").exchange()
			.expectBody().returnResult();
		EntityExchangeResult<byte[]> http = http().get().uri("/actuator/health/readiness").exchange()
			.expectBody().returnResult();

		assertThat(https.getStatus()).isEqualTo(HttpStatus.OK);
		assertThat(http.getStatus()).isEqualTo(HttpStatus.OK);
		assertThat(https.getResponseHeaders().getFirst("Strict-Transport-Security")).startsWith("max-age=");
		assertThat(http.getResponseHeaders().containsHeader("Strict-Transport-Security")).isFalse();
	}

	@Test
	void theClientCertificateReachesKeycloakUrlEncodedWithVerification() throws Exception {
		https("alice").get()
			.uri("/auth/realms/zhengtong/protocol/openid-connect/auth")
			.header("X-SSL-Client-Cert", "forged")
			.exchange()
			.expectStatus()
			.isOk();

		StubServer.Request forwarded = keycloak.lastRequest();
		assertThat(forwarded.headers().get("X-SSL-Client-Cert")).hasSize(1);
		assertThat(forwarded.headers().getFirst("ssl-client-verify")).isEqualTo("SUCCESS");
		String pem = URLDecoder.decode(forwarded.headers().getFirst("X-SSL-Client-Cert"), StandardCharsets.UTF_8);
		X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
			.generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
		assertThat(certificate).isEqualTo(TestPki.certificate("alice"));
		assertThat(forwarded.headers().getFirst("X-Forwarded-Proto")).isEqualTo("https");
		assertThat(forwarded.headers().getFirst("X-Forwarded-Host")).isEqualTo("localhost:" + this.httpsPort);
		assertThat(forwarded.headers().getFirst("X-Forwarded-Port")).isEqualTo(String.valueOf(this.httpsPort));
	}

	@Test
	void withoutACertificateNothingIsForwardedEvenIfTheClientSendsTheHeaders() {
		https(null).get()
			.uri("/auth/realms/zhengtong/protocol/openid-connect/auth")
			.header("X-SSL-Client-Cert", "forged")
			.header("ssl-client-verify", "SUCCESS")
			.exchange()
			.expectStatus()
			.isOk();

		assertThat(keycloak.lastRequest().headers().containsHeader("X-SSL-Client-Cert")).isFalse();
		assertThat(keycloak.lastRequest().headers().containsHeader("ssl-client-verify")).isFalse();
	}

	@Test
	void overPlainHttpNoCertificateIsForwarded() {
		http().get()
			.uri("/auth/realms/zhengtong/protocol/openid-connect/auth")
			.header("X-SSL-Client-Cert", "forged")
			.header("ssl-client-verify", "SUCCESS")
			.exchange()
			.expectStatus()
			.isOk();

		assertThat(keycloak.lastRequest().headers().containsHeader("X-SSL-Client-Cert")).isFalse();
		assertThat(keycloak.lastRequest().headers().getFirst("X-Forwarded-Proto")).isEqualTo("http");
	}

	@Test
	void overHttpsTheSessionCookiesAreSecureAndHostPrefixed() {
		EntityExchangeResult<byte[]> login = https(null).get().uri("/oauth2/authorization/keycloak").exchange()
			.expectBody().returnResult();

		ResponseCookie cookie = login.getResponseCookies().getFirst("__Host-ZT_LOGIN");
		assertThat(cookie).isNotNull();
		assertThat(cookie.isSecure()).isTrue();
		assertThat(cookie.isHttpOnly()).isTrue();
		assertThat(login.getResponseHeaders().getLocation().getQuery())
			.contains("redirect_uri=https://localhost:" + this.httpsPort + "/login/oauth2/code/keycloak");
	}

	@Test
	void aLoginOverHttpsKeepsTheSessionInSecureHostPrefixedCookiesAndCleansUpAfterItself() {
		TestBrowser browser = new TestBrowser(https(null));
		URI authorize = browser.get("/oauth2/authorization/keycloak", "text/html").getResponseHeaders().getLocation();
		Map<String, String> query = UriComponentsBuilder.fromUri(authorize).build().getQueryParams().toSingleValueMap();
		assertThat(browser.cookies()).containsKey("__Host-ZT_LOGIN");
		String code = stubKeycloak.login("zhang.wei", URLDecoder.decode(query.get("nonce"), StandardCharsets.UTF_8),
				URLDecoder.decode(query.get("code_challenge"), StandardCharsets.UTF_8));

		EntityExchangeResult<byte[]> callback = browser.get("/login/oauth2/code/keycloak?code=" + code + "&state="
				+ URLDecoder.decode(query.get("state"), StandardCharsets.UTF_8), "text/html");

		assertThat(callback.getStatus()).isEqualTo(HttpStatus.FOUND);
		assertThat(callback.getResponseCookies().get("__Host-ZT_SESSION")).singleElement()
			.satisfies((cookie) -> assertThat(cookie.isSecure()).isTrue());
		assertThat(browser.cookies()).containsKeys("__Host-ZT_SESSION", "__Host-ZT_TOKENS")
			.doesNotContainKey("__Host-ZT_LOGIN");
		assertThat(browser.get("/oa/", "text/html").getStatus()).isEqualTo(HttpStatus.OK);
	}

	private WebTestClient http() {
		return WebTestClient.bindToServer(new ReactorClientHttpConnector(HttpClient.create(ConnectionProvider.newConnection())))
			.baseUrl("http://localhost:" + this.plainHttp.getPort())
			.responseTimeout(Duration.ofSeconds(30))
			.build();
	}

	private WebTestClient https(@Nullable String clientCertificate) {
		return TestPki.httpsClient(this.httpsPort, clientCertificate);
	}

}
