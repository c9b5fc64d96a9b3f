package io.zhengtong.gateway.support;

import java.io.InputStream;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;

import org.springframework.core.io.ClassPathResource;

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

}
