package io.zhengtong.gateway.tls;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;

import org.springframework.boot.ssl.SslBundle;
import org.springframework.boot.ssl.SslBundleKey;
import org.springframework.boot.ssl.SslManagerBundle;
import org.springframework.boot.ssl.SslOptions;
import org.springframework.boot.ssl.SslStoreBundle;

/**
 * The SSL bundle of the HTTPS listener: the server certificate from {@code server.p12}, and client
 * certificates judged by a {@link ValidityTolerantTrustManager} over {@code truststore.p12}
 * (registered with Boot's SSL bundles as {@value #NAME}, see {@link TlsConfiguration}).
 */
final class HttpsSslBundle {

	static final String NAME = "zhengtong-https";

	private HttpsSslBundle() {
	}

	static SslBundle load(TlsProperties tls) {
		String password = (tls.password() != null) ? tls.password() : "";
		KeyStore keyStore = load(tls.serverKeyStore(), password);
		KeyStore trustStore = load(tls.trustStore(), password);
		SslStoreBundle stores = SslStoreBundle.of(keyStore, password, trustStore);
		SslBundleKey key = SslBundleKey.of(password);
		KeyManagerFactory keyManagers = SslManagerBundle.from(stores, key).getKeyManagerFactory();
		SslManagerBundle managers = SslManagerBundle.of(keyManagers, ValidityTolerantTrustManager.factory(trustStore));
		return SslBundle.of(stores, key, SslOptions.NONE, SslBundle.DEFAULT_PROTOCOL, managers);
	}

	private static KeyStore load(Path file, String password) {
		if (!Files.isReadable(file)) {
			throw new IllegalStateException("TLS is configured but " + file + " cannot be read");
		}
		try (InputStream in = Files.newInputStream(file)) {
			KeyStore store = KeyStore.getInstance("PKCS12");
			store.load(in, password.toCharArray());
			return store;
		}
		catch (Exception ex) {
			throw new IllegalStateException("Cannot read " + file + ": " + ex.getMessage(), ex);
		}
	}

}
