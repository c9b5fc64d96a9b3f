package io.zhengtong.exchange.signature;

import java.math.BigInteger;
import java.util.Optional;

/** Where a verifier learns whether the platform CA has revoked a certificate. */
@FunctionalInterface
public interface RevocationStatus {

    Optional<Revocation> revocationOf(BigInteger serialNumber);
}
