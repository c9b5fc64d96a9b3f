package io.zhengtong.gateway.tls;

import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * Where the gateway finds its TLS material. Without a PKI directory the gateway serves plain
 * HTTP only (unit tests, a developer without the launcher).
 *
 * @param pkiDir the directory holding {@code server.p12} and {@code truststore.p12} (the launcher's
 * {@code $ZT_PKI_DIR}); empty for plain HTTP only
 * @param password the password of both PKCS#12 files ({@code $ZT_PKI_PASSWORD})
 * @param port the HTTPS port; plain HTTP stays on {@code server.port}
 */
@ConfigurationProperties("zhengtong.tls")
public record TlsProperties(@Nullable String pkiDir, @Nullable String password, @DefaultValue("8443") int port) {

	public boolean enabled() {
		return StringUtils.hasText(this.pkiDir);
	}

	Path serverKeyStore() {
		return Path.of(requiredPkiDir(), "server.p12");
	}

	Path trustStore() {
		return Path.of(requiredPkiDir(), "truststore.p12");
	}

	private String requiredPkiDir() {
		if (this.pkiDir == null || this.pkiDir.isBlank()) {
			throw new IllegalStateException("zhengtong.tls.pki-dir is not set");
		}
		return this.pkiDir;
	}

}
