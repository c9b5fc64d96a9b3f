package io.zhengtong.gateway.tls;

import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.reactor.netty.NettyReactiveWebServerFactory;
import org.springframework.boot.web.server.Ssl;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;

/**
 * Turns Boot's web server into the HTTPS listener when TLS material is configured: the server
 * certificate from {@code server.p12}, client certificates requested ({@code want}) and checked
 * against {@code truststore.p12}. Runs after Boot's own customizers so that it wins over
 * {@code server.port}, which stays the port of the plain HTTP listener ({@link PlainHttpListener}).
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
		requireReadable(this.tls.serverKeyStore());
		requireReadable(this.tls.trustStore());
		Ssl ssl = new Ssl();
		ssl.setEnabled(true);
		ssl.setKeyStore("file:" + this.tls.serverKeyStore());
		ssl.setKeyStoreType("PKCS12");
		ssl.setKeyStorePassword(this.tls.password());
		ssl.setTrustStore("file:" + this.tls.trustStore());
		ssl.setTrustStoreType("PKCS12");
		ssl.setTrustStorePassword(this.tls.password());
		ssl.setClientAuth(Ssl.ClientAuth.WANT);
		factory.setSsl(ssl);
		factory.setPort(this.tls.port());
		log.info("HTTPS on port {} with client certificates requested (PKI in {})", this.tls.port(),
				this.tls.pkiDir());
	}

	private static void requireReadable(Path file) {
		if (!Files.isReadable(file)) {
			throw new IllegalStateException("TLS is configured but " + file + " cannot be read");
		}
	}

	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

}
