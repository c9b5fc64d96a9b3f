package io.zhengtong.exchange.crypto;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import io.zhengtong.exchange.encryption.FileEncryption;
import io.zhengtong.exchange.signature.SignatureAlgorithm;

class CryptoSettingsTest {

    static CryptoSettings bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
            .bindOrCreate("zhengtong.exchange.crypto", CryptoSettings.class);
    }

    @Test
    void theNationalAlgorithmsAreTheDefault() {
        CryptoSettings settings = bind(Map.of());

        assertThat(settings.signature()).isEqualTo(SignatureAlgorithm.SM2_SM3);
        assertThat(settings.fileEncryption()).isEqualTo(FileEncryption.Algorithm.SM4_GCM);
        assertThat(settings.auditHash()).isEqualTo(HashAlgorithm.SM3);
    }

    @Test
    void theInternationalAlgorithmsCanBeChosen() {
        CryptoSettings settings = bind(Map.of("zhengtong.exchange.crypto.signature", "ecdsa-p256-sha256",
                "zhengtong.exchange.crypto.file-encryption", "aes-256-gcm",
                "zhengtong.exchange.crypto.audit-hash", "sha-256"));

        assertThat(settings.signature()).isEqualTo(SignatureAlgorithm.ECDSA_P256_SHA256);
        assertThat(settings.fileEncryption()).isEqualTo(FileEncryption.Algorithm.AES_256_GCM);
        assertThat(settings.auditHash()).isEqualTo(HashAlgorithm.SHA_256);
    }
}
