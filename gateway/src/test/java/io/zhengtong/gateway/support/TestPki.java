package io.zhengtong.gateway.support;

import java.io.InputStream;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Arrays;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.TrustManagerFactory;

import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import org.jspecify.annotations.Nullable;
import reactor.netty.http.client.HttpClient;
import reactor.netty.resources.ConnectionProvider;

import org.springframework.core.io.ClassPathResource;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The test PKI in {@code src/test/resources/pki} (see its generate.sh). */
public final class TestPki {

	public static final String PASSWORD = "changeit";

	private TestPki() {
	}

	public static Path directory() {
		try {
			return new ClassPathResource("pki/server.p12").getFile().toPath().getParent();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static KeyStore keyStore(String name) {
		try (InputStream in = new ClassPathResource("pki/" + name + ".p12").getInputStream()) {
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(in, PASSWORD.toCharArray());
			return store;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static X509Certificate certificate(String name) {
		try {
			return (X509Certificate) keyStore(name).getCertificate(name);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** The certificate and its CA, as a client presenting the {@code .p12} sends them. */
	public static X509Certificate[] chain(String name) {
		try {
			Certificate[] chain = keyStore(name).getCertificateChain(name);
			return Arrays.copyOf(chain, chain.length, X509Certificate[].class);
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A client of the HTTPS listener that trusts the test CA and, if given, presents that
	 * {@code .p12} as its certificate (no connection pooling: every request a new handshake).
	 */
	public static WebTestClient httpsClient(int port, @Nullable String clientCertificate) {
		SslContext ssl = clientSslContext(clientCertificate);
		HttpClient client = HttpClient.create(ConnectionProvider.newConnection()).secure((spec) -> spec.sslContext(ssl));
		return WebTestClient.bindToServer(new ReactorClientHttpConnector(client))
			.baseUrl("https://localhost:" + port)
			.responseTimeout(Duration.ofSeconds(30))
			.build();
	}

	private static SslContext clientSslContext(@Nullable String clientCertificate) {
		try {
			TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
			trust.init(keyStore("truststore"));
			SslContextBuilder builder = SslContextBuilder.forClient().trustManager(trust);
			if (clientCertificate != null) {
				KeyManagerFactory keyManager = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
				keyManager.init(keyStore(clientCertificate), PASSWORD.toCharArray());
				builder.keyManager(keyManager);
			}
			return builder.build();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
