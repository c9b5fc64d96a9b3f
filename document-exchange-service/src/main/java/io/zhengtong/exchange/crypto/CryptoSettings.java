package io.zhengtong.exchange.crypto;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import io.zhengtong.exchange.encryption.FileEncryption;
import io.zhengtong.exchange.signature.SignatureAlgorithm;

/**
 * Which algorithms the exchange uses ({@code zhengtong.exchange.crypto.*}): the national
 * algorithms by default, the international ones as the alternative. Documents and chains record
 * their algorithm, so changing these affects only what is created afterwards.
 *
 * @param signature {@code sm2-sm3} (default) or {@code ecdsa-p256-sha256}
 * @param fileEncryption {@code sm4-gcm} (default) or {@code aes-256-gcm}
 * @param auditHash {@code sm3} (default) or {@code sha-256}
 */
@ConfigurationProperties("zhengtong.exchange.crypto")
public record CryptoSettings(@DefaultValue("sm2-sm3") SignatureAlgorithm signature,
        @DefaultValue("sm4-gcm") FileEncryption.Algorithm fileEncryption, @DefaultValue("sm3") HashAlgorithm auditHash) {
}
