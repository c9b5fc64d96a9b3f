package io.zhengtong.gateway.tls;

import java.nio.charset.StandardCharsets;

import io.zhengtong.gateway.support.StubKeycloak;
import io.zhengtong.gateway.support.StubServer;
import io.zhengtong.gateway.support.TestPki;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Real TLS handshakes with the test PKI: a certificate of the platform CA that is out of date gets
 * through the handshake and then a clear Chinese 403 on every path, without reaching Keycloak or a
 * service; anything else wrong with a certificate still fails the handshake.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "zhengtong.tls.port=0", "zhengtong.tls.password=" + TestPki.PASSWORD })
class ClientCertificateValidityTest {

	private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	static final StubKeycloak stubKeycloak = new StubKeycloak();

	static final StubServer keycloak = stubKeycloak.server();

	static final StubServer portal = StubServer.start();

	@LocalServerPort
	int httpsPort;

	@DynamicPropertySource
	static void pki(DynamicPropertyRegistry registry) {
		registry.add("zhengtong.tls.pki-dir", () -> TestPki.directory().toString());
		registry.add("zhengtong.keycloak-url", stubKeycloak::url);
		registry.add("zhengtong.services.portal", portal::url);
		registry.add("zhengtong.login.client-secret", () -> "test-client-secret");
		registry.add("zhengtong.session.key", () -> "validity-test-session-key-0123");
	}

	@AfterAll
	static void stop() {
		stubKeycloak.close();
		portal.close();
	}

	@BeforeEach
	void reset() {
		keycloak.clearRequests();
		portal.clearRequests();
	}

	@Test
	void aBrowserWithAnExpiredCertificateOfOurCaGetsAChinesePageInsteadOfTheOa() {
		EntityExchangeResult<byte[]> page = https("expired").get().uri("/oa/").header("Accept", BROWSER).exchange()
			.expectBody().returnResult();

		assertThat(page.getStatus()).isEqualTo(HttpStatus.FORBIDDEN);
		assertThat(page.getResponseHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).isTrue();
		assertThat(page.getResponseHeaders().getLocation()).isNull();
		assertThat(page.getResponseHeaders().getFirst("Strict-Transport-Security")).startsWith("max-age=");
		assertThat(new String(page.getResponseBody(), StandardCharsets.UTF_8)).contains("<html lang=\"zh-CN\">")
			.contains("<h1>数字证书已过期</h1>")
			.contains("您的数字证书（zhang.wei）已于2022年7月1日过期。")
			.contains("请联系本单位管理员更换数字证书；更换前可拔出证书钥匙（或在浏览器中不选择证书），改用用户名和密码登录。");
	}

	@Test
	void aProgramWithAnExpiredCertificateOfOurCaGetsProblemDetails() {
		https("expired").get()
			.uri("/api/portal/me")
			.accept(MediaType.APPLICATION_JSON)
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:zhengtong:problem:certificate-expired")
			.jsonPath("$.title").isEqualTo("数字证书已过期")
			.jsonPath("$.status").isEqualTo(403)
			.jsonPath("$.detail").value(String.class, (detail) -> assertThat(detail).contains("zhang.wei", "2022年7月1日"))
			.jsonPath("$.instance").isEqualTo("/api/portal/me");

		assertThat(portal.requests()).isEmpty();
	}

	@Test
	void anExpiredCertificateNeverReachesKeycloak() {
		https("expired").get()
			.uri("/auth/realms/zhengtong/protocol/openid-connect/auth?client_id=zhengtong-gateway")
			.header("Accept", BROWSER)
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectBody(String.class)
			.value((page) -> assertThat(page).contains("数字证书已过期"));

		assertThat(keycloak.requests()).isEmpty();
	}

	@Test
	void anExpiredCertificateStartsNoLogin() {
		https("expired").get()
			.uri("/oauth2/authorization/keycloak")
			.header("Accept", BROWSER)
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.doesNotExist("Location")
			.expectHeader()
			.doesNotExist("Set-Cookie");
	}

	@Test
	void aCertificateOfOurCaThatIsNotValidYetGetsItsOwnMessage() {
		https("not-yet-valid").get()
			.uri("/oa/")
			.accept(MediaType.APPLICATION_JSON)
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectBody()
			.jsonPath("$.type").isEqualTo("urn:zhengtong:problem:certificate-not-yet-valid")
			.jsonPath("$.title").isEqualTo("数字证书尚未生效")
			.jsonPath("$.detail").value(String.class, (detail) -> assertThat(detail).contains("张伟", "2110年1月1日"));
	}

	@Test
	void aValidCertificateStillReachesKeycloak() {
		https("alice").get()
			.uri("/auth/realms/zhengtong/protocol/openid-connect/auth")
			.exchange()
			.expectStatus()
			.isOk();

		assertThat(keycloak.lastRequest().headers().getFirst("ssl-client-verify")).isEqualTo("SUCCESS");
	}

	@Test
	void withoutACertificateNothingChanges() {
		https(null).get().uri("/auth/realms/zhengtong/protocol/openid-connect/auth").exchange().expectStatus().isOk();

		assertThat(keycloak.requests()).hasSize(1);
	}

	@Test
	void aCertificateFromAnotherCaStillFailsTheHandshake() {
		assertHandshakeFails("other-ca");
	}

	@Test
	void anExpiredCertificateFromAnotherCaStillFailsTheHandshake() {
		assertHandshakeFails("other-ca-expired");
	}

	@Test
	void anExpiredCertificateNotMeantForTlsClientsStillFailsTheHandshake() {
		assertHandshakeFails("expired-wrong-usage");
	}

	private void assertHandshakeFails(String certificate) {
		assertThatThrownBy(() -> https(certificate).get().uri("/auth/realms/zhengtong/account").exchange())
			.hasStackTraceContaining("certificate_unknown");
		assertThat(keycloak.requests()).isEmpty();
	}

	private WebTestClient https(@Nullable String clientCertificate) {
		return TestPki.httpsClient(this.httpsPort, clientCertificate);
	}

}
