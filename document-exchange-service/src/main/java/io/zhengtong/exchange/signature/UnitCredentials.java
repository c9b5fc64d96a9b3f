package io.zhengtong.exchange.signature;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Objects;

/**
 * A unit's signing key and the certificate the platform CA issued for it. The key never leaves
 * the exchange service (in production: a key store or HSM; in tests: generated at run time).
 */
public record UnitCredentials(PrivateKey privateKey, X509Certificate certificate, SignatureAlgorithm algorithm) {

    public UnitCredentials {
        Objects.requireNonNull(privateKey, "privateKey");
        Objects.requireNonNull(certificate, "certificate");
        Objects.requireNonNull(algorithm, "algorithm");
    }

    /** The unit code in the certificate's subject (OU). */
    public String unitCode() {
        return UnitCertificates.unitCode(certificate);
    }

    public String unitName() {
        return UnitCertificates.unitName(certificate);
    }
}
