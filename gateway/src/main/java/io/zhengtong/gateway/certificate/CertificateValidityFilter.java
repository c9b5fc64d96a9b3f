package io.zhengtong.gateway.certificate;

import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.security.auth.x500.X500Principal;

import io.zhengtong.gateway.problem.Problem;
import io.zhengtong.gateway.problem.ProblemResponder;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.SslInfo;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

/**
 * Refuses, with a clear Chinese message, every request on a TLS connection whose client
 * certificate is expired or not yet valid.
 * <p>
 * The HTTPS listener lets such certificates from the platform CA through the handshake (its
 * trust manager, {@code ValidityTolerantTrustManager}, still refuses any other fault), so that the
 * user learns what is wrong instead of seeing the browser's generic "certificate not accepted"
 * error. This filter then answers every request made with one (any path: Keycloak, the OA client,
 * the APIs, the website, Actuator) with 403 before anything else looks at it: never routed, never
 * forwarded to Keycloak, no login started. Browsers get a Chinese page, programs problem details
 * ({@code urn:zhengtong:problem:certificate-expired} or {@code certificate-not-yet-valid}).
 * Requests without a certificate, with a valid one, or over plain HTTP pass untouched.
 */
@Component
public class CertificateValidityFilter implements WebFilter, Ordered {

	private static final Logger log = LoggerFactory.getLogger(CertificateValidityFilter.class);

	/** Dates as people in China read them, on the day it is in China. */
	static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日")
		.withZone(ZoneId.of("Asia/Shanghai"));

	private final ProblemResponder responder;

	private final Clock clock;

	@Autowired
	public CertificateValidityFilter(ProblemResponder responder) {
		this(responder, Clock.systemUTC());
	}

	CertificateValidityFilter(ProblemResponder responder, Clock clock) {
		this.responder = responder;
		this.clock = clock;
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		X509Certificate certificate = leafCertificate(request.getSslInfo());
		if (certificate == null) {
			return chain.filter(exchange);
		}
		Problem problem = problemWith(certificate);
		if (problem == null) {
			return chain.filter(exchange);
		}
		log.warn("Refused {} {} ({}): client certificate subject {}, serial {}, valid from {} to {}",
				request.getMethod(), request.getPath(), problem.type(), certificate.getSubjectX500Principal().getName(),
				certificate.getSerialNumber().toString(16), certificate.getNotBefore().toInstant(),
				certificate.getNotAfter().toInstant());
		return this.responder.respond(exchange, problem, request.getPath().value(), prefersHtml(request));
	}

	/** The problem with the certificate at this moment, or null if it is valid. */
	@Nullable Problem problemWith(X509Certificate certificate) {
		try {
			certificate.checkValidity(Date.from(this.clock.instant()));
			return null;
		}
		catch (CertificateExpiredException ex) {
			return Problem.certificateExpired(owner(certificate), DAY.format(certificate.getNotAfter().toInstant()));
		}
		catch (CertificateNotYetValidException ex) {
			return Problem.certificateNotYetValid(owner(certificate),
					DAY.format(certificate.getNotBefore().toInstant()));
		}
	}

	/** A page for a browser, JSON for a script or (unless it asks for HTML) anything under {@code /api/}. */
	private static boolean prefersHtml(ServerHttpRequest request) {
		boolean xhr = "XMLHttpRequest".equalsIgnoreCase(request.getHeaders().getFirst("X-Requested-With"));
		boolean api = request.getPath().value().startsWith("/api/");
		return !xhr && ProblemResponder.prefersHtml(request, !api);
	}

	/** Whom the certificate is for: its (last) common name, or its whole subject if it has none. */
	static String owner(X509Certificate certificate) {
		X500Principal subject = certificate.getSubjectX500Principal();
		String name = subject.getName(X500Principal.RFC2253);
		try {
			List<Rdn> rdns = new LdapName(name).getRdns();
			for (Rdn rdn : rdns.reversed()) {
				if ("CN".equalsIgnoreCase(rdn.getType()) && rdn.getValue() instanceof String cn && !cn.isBlank()) {
					return cn;
				}
			}
		}
		catch (InvalidNameException ex) {
			// fall through to the whole subject
		}
		return subject.getName();
	}

	private static @Nullable X509Certificate leafCertificate(@Nullable SslInfo sslInfo) {
		if (sslInfo == null) {
			return null;
		}
		X509Certificate[] chain = sslInfo.getPeerCertificates();
		return (chain != null && chain.length > 0) ? chain[0] : null;
	}

	/**
	 * Right after {@code SecurityHeadersFilter} (so the answer has the security headers), before
	 * Spring Security (so no login is started) and before any routing.
	 */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 1;
	}

}
