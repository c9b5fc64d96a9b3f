package io.zhengtong.gateway.certificate;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import io.zhengtong.gateway.support.TestPki;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.SslInfo;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;

class ClientCertificateHeadersFilterTest {

	private static final X509Certificate ALICE = TestPki.certificate("alice");

	private final ClientCertificateHeadersFilter filter = new ClientCertificateHeadersFilter();

	@Test
	void aCertificateHeaderSentByTheClientNeverReachesKeycloak() {
		HttpHeaders forwarded = forward(MockServerHttpRequest.get("https://localhost:8443/auth/realms/zhengtong/x")
			.header("X-SSL-Client-Cert", "-----BEGIN%20CERTIFICATE-----forged")
			.header("ssl-client-verify", "SUCCESS")
			.header("Client-Cert", ":Zm9yZ2Vk:")
			.header("Client-Cert-Chain", ":Zm9yZ2Vk:"), keycloak(), null);

		assertThat(forwarded.headerNames()).noneMatch((name) -> name.equalsIgnoreCase("X-SSL-Client-Cert")
				|| name.equalsIgnoreCase("ssl-client-verify") || name.toLowerCase().startsWith("client-cert"));
	}

	@Test
	void aCertificateHeaderSentByTheClientIsReplacedByThePeerCertificate() {
		HttpHeaders forwarded = forward(MockServerHttpRequest.get("https://localhost:8443/auth/realms/zhengtong/x")
			.header("X-SSL-Client-Cert", "forged")
			.header("ssl-client-verify", "FAILED"), keycloak(), ALICE);

		assertThat(forwarded.get("X-SSL-Client-Cert")).hasSize(1);
		assertThat(forwarded.get("ssl-client-verify")).containsExactly("SUCCESS");
		assertThat(decode(forwarded.getFirst("X-SSL-Client-Cert"))).isEqualTo(ALICE);
	}

	@Test
	void thePeerCertificateIsForwardedAsUrlEncodedPemLikeNginx() throws Exception {
		HttpHeaders forwarded = forward(MockServerHttpRequest.get("https://localhost:8443/auth/realms/zhengtong/x"),
				keycloak(), ALICE);

		String header = forwarded.getFirst("X-SSL-Client-Cert");
		assertThat(header).startsWith("-----BEGIN%20CERTIFICATE-----%0A")
			.endsWith("-----END%20CERTIFICATE-----%0A")
			.doesNotContain("+", "/", "=", " ", "\n");
		assertThat(decode(header)).isEqualTo(ALICE);
	}

	@Test
	void otherRoutesNeverGetTheCertificate() {
		HttpHeaders forwarded = forward(MockServerHttpRequest.get("https://localhost:8443/api/mailbox/me")
			.header("X-SSL-Client-Cert", "forged"), route("mailbox-api", Map.of()), ALICE);

		assertThat(forwarded.containsHeader("X-SSL-Client-Cert")).isFalse();
		assertThat(forwarded.containsHeader("ssl-client-verify")).isFalse();
	}

	@Test
	void withoutAPeerCertificateKeycloakGetsNone() {
		HttpHeaders forwarded = forward(MockServerHttpRequest.get("https://localhost:8443/auth/realms/zhengtong/x"),
				keycloak(), null);

		assertThat(forwarded.containsHeader("X-SSL-Client-Cert")).isFalse();
		assertThat(forwarded.containsHeader("ssl-client-verify")).isFalse();
	}

	@Test
	void forwardingHeadersFromTheClientAreRemovedEverywhere() {
		HttpHeaders forwarded = forward(MockServerHttpRequest.get("https://localhost:8443/api/mailbox/me")
			.header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-Host", "evil.example")
			.header("X-Forwarded-For", "10.0.0.1")
			.header("x-forwarded-port", "443")
			.header("X-Forwarded-Prefix", "/x")
			.header("Forwarded", "for=10.0.0.1;host=evil.example")
			.header("Accept", "application/json"), route("mailbox-api", Map.of()), null);

		assertThat(forwarded.headerNames()).containsExactly("Accept");
	}

	private HttpHeaders forward(MockServerHttpRequest.BaseBuilder<?> request, Route route,
			@Nullable X509Certificate peer) {
		if (peer != null) {
			request.sslInfo(sslInfo(peer));
		}
		MockServerWebExchange exchange = MockServerWebExchange.from(request);
		exchange.getAttributes().put(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR, route);
		AtomicReference<ServerWebExchange> downstream = new AtomicReference<>();
		GatewayFilterChain chain = (forwarded) -> {
			downstream.set(forwarded);
			return Mono.empty();
		};
		this.filter.filter(exchange, chain).block();
		return downstream.get().getRequest().getHeaders();
	}

	private static Route keycloak() {
		return route("keycloak", Map.of("forward-client-certificate", true));
	}

	private static Route route(String id, Map<String, Object> metadata) {
		return Route.async()
			.id(id)
			.uri(URI.create("http://127.0.0.1:8180"))
			.predicate((exchange) -> true)
			.metadata(metadata)
			.build();
	}

	private static SslInfo sslInfo(X509Certificate peer) {
		return new SslInfo() {
			@Override
			public String getSessionId() {
				return "test-session";
			}

			@Override
			public X509Certificate[] getPeerCertificates() {
				return new X509Certificate[] { peer };
			}
		};
	}

	/** What Keycloak's nginx lookup does with the header: URL-decode, then parse the PEM. */
	private static X509Certificate decode(String header) {
		try {
			String pem = URLDecoder.decode(header, StandardCharsets.UTF_8);
			return (X509Certificate) CertificateFactory.getInstance("X.509")
				.generateCertificate(new ByteArrayInputStream(pem.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
