package io.zhengtong.exchange.keys;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the key-encryption key comes from ({@code zhengtong.exchange.*}).
 *
 * @param keyEncryptionKey 32 bytes in Base64 (env {@code ZT_EXCHANGE_KEK}); required in production
 * @param developmentKeys {@code true} only on developer machines and in tests: then a missing KEK
 *        falls back to {@link #DEVELOPMENT_ONLY_KEK}, which is public and protects nothing
 * @param caOrganisation the O of the platform CA and the unit certificates
 */
@ConfigurationProperties("zhengtong.exchange")
public record KeyStoreProperties(String keyEncryptionKey, @DefaultValue("false") boolean developmentKeys,
        @DefaultValue("凤县政通平台") String caOrganisation) {

    /** Published in the source on purpose: anyone can read it, so it must never protect real keys. */
    public static final String DEVELOPMENT_ONLY_KEK = "ZGV2ZWxvcG1lbnQtb25seS1rZWstbm90LXNlY3JldCE=";

    public KeyWrapping wrapping() {
        if (keyEncryptionKey != null && !keyEncryptionKey.isBlank()) {
            return KeyWrapping.withBase64Key(keyEncryptionKey);
        }
        if (developmentKeys) {
            return KeyWrapping.withBase64Key(DEVELOPMENT_ONLY_KEK);
        }
        throw new IllegalStateException("""
                No key-encryption key: set ZT_EXCHANGE_KEK (zhengtong.exchange.key-encryption-key) to 32 random \
                bytes in Base64, e.g. `openssl rand -base64 32`. Development only: zhengtong.exchange.development-keys=true.""");
    }
}
