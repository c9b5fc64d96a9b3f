package io.zhengtong.gateway.certificate;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Mono;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.SslInfo;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

/**
 * Forwards the TLS client certificate to Keycloak the way nginx does, and makes sure nobody else
 * can pretend to be the gateway.
 * <p>
 * On every routed request, first, it removes whatever a client sent in the headers Keycloak's
 * certificate lookup providers trust ({@code X-SSL-Client-Cert}, {@code ssl-client-verify},
 * {@code Client-Cert}, {@code Client-Cert-Chain}, ...) and all {@code X-Forwarded-*} and
 * {@code Forwarded} headers: the gateway is the TLS edge, so these can only be forgeries. The
 * gateway's own {@code X-Forwarded-*} are added later by the routing filter. Then, only on routes
 * whose metadata says {@code forward-client-certificate: true} (Keycloak) and only when the TLS
 * peer presented a certificate, it sets {@code X-SSL-Client-Cert} to the URL-encoded PEM of the
 * leaf certificate (nginx's {@code $ssl_client_escaped_cert}) and {@code ssl-client-verify: SUCCESS}.
 * The TLS handshake has already checked the certificate against the trust store.
 */
@Component
public class ClientCertificateHeadersFilter implements GlobalFilter, Ordered {

	public static final String CLIENT_CERT_HEADER = "X-SSL-Client-Cert";

	public static final String CLIENT_VERIFY_HEADER = "ssl-client-verify";

	public static final String ROUTE_METADATA_KEY = "forward-client-certificate";

	/** Certificate headers of Keycloak's lookup providers (nginx, rfc9440, apache, haproxy, envoy, ...). */
	private static final Set<String> CERTIFICATE_HEADERS = Set.of("x-ssl-client-cert", "ssl-client-verify",
			"client-cert", "client-cert-chain", "ssl_client_cert", "ssl-client-cert", "x-client-cert",
			"x-ssl-client-verify", "ssl_client_verify");

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		X509Certificate certificate = forwardsCertificate(exchange) ? leafCertificate(request.getSslInfo()) : null;
		if (certificate == null && !hasUntrusted(request.getHeaders())) {
			return chain.filter(exchange); // nothing to do: spares copying the headers on (nearly) every request
		}
		ServerHttpRequest cleaned = request.mutate().headers((headers) -> {
			removeUntrusted(headers);
			if (certificate != null) {
				headers.set(CLIENT_CERT_HEADER, urlEncodedPem(certificate));
				headers.set(CLIENT_VERIFY_HEADER, "SUCCESS");
			}
		}).build();
		return chain.filter(exchange.mutate().request(cleaned).build());
	}

	private static void removeUntrusted(HttpHeaders headers) {
		List<String> names = new ArrayList<>(headers.headerNames());
		for (String name : names) {
			if (isUntrusted(name)) {
				headers.remove(name);
			}
		}
	}

	private static boolean hasUntrusted(HttpHeaders headers) {
		for (String name : headers.headerNames()) {
			if (isUntrusted(name)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isUntrusted(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return CERTIFICATE_HEADERS.contains(lower) || lower.startsWith("x-forwarded-") || lower.equals("forwarded");
	}

	private static boolean forwardsCertificate(ServerWebExchange exchange) {
		Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
		return route != null && Boolean.parseBoolean(String.valueOf(route.getMetadata().get(ROUTE_METADATA_KEY)));
	}

	private static @Nullable X509Certificate leafCertificate(@Nullable SslInfo sslInfo) {
		if (sslInfo == null) {
			return null;
		}
		X509Certificate[] chain = sslInfo.getPeerCertificates();
		return (chain != null && chain.length > 0) ? chain[0] : null;
	}

	/** The certificate as PEM, URL-encoded like nginx's {@code $ssl_client_escaped_cert}. */
	static String urlEncodedPem(X509Certificate certificate) {
		try {
			String base64 = Base64.getMimeEncoder(64, new byte[] { '\n' }).encodeToString(certificate.getEncoded());
			String pem = "-----BEGIN CERTIFICATE-----\n" + base64 + "\n-----END CERTIFICATE-----\n";
			return URLEncoder.encode(pem, StandardCharsets.UTF_8).replace("+", "%20");
		}
		catch (CertificateEncodingException ex) {
			throw new IllegalStateException("Cannot encode the client certificate", ex);
		}
	}

	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE;
	}

}
