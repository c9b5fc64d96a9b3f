package io.zhengtong.gateway.tls;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.reactor.netty.NettyReactiveWebServerFactory;
import org.springframework.boot.web.server.Ssl;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;

/**
 * Turns Boot's web server into the HTTPS listener when TLS material is configured: the SSL bundle
 * {@value HttpsSslBundle#NAME} (the server certificate from {@code server.p12}; client
 * certificates checked against {@code truststore.p12} by a {@link ValidityTolerantTrustManager}),
 * client certificates requested ({@code want}). Runs after Boot's own customizers so that it wins
 * over {@code server.port}, which stays the port of the plain HTTP listener ({@link PlainHttpListener}).
 */
class HttpsServerCustomizer implements WebServerFactoryCustomizer<NettyReactiveWebServerFactory>, Ordered {

	private static final Logger log = LoggerFactory.getLogger(HttpsServerCustomizer.class);

	private final TlsProperties tls;

	HttpsServerCustomizer(TlsProperties tls) {
		this.tls = tls;
	}

	@Override
	public void customize(NettyReactiveWebServerFactory factory) {
		if (!this.tls.enabled()) {
			return;
		}
		Ssl ssl = new Ssl();
		ssl.setEnabled(true);
		ssl.setBundle(HttpsSslBundle.NAME);
		ssl.setClientAuth(Ssl.ClientAuth.WANT);
		factory.setSsl(ssl);
		factory.setPort(this.tls.port());
		log.info("HTTPS on port {} with client certificates requested (PKI in {})", this.tls.port(),
				this.tls.pkiDir());
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
