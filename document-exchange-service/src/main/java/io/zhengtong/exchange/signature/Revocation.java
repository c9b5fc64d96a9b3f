package io.zhengtong.exchange.signature;

import java.math.BigInteger;
import java.time.Instant;

/** One revoked unit certificate: from when, and why. */
public record Revocation(BigInteger serialNumber, Instant revokedAt, Reason reason) {

    public enum Reason {
        /** The key may be in someone else's hands: nothing it ever signed is trusted any more. */
        KEY_COMPROMISE("密钥泄露"),
        /** Unit merged, renamed, key replaced: signatures made before the revocation stay valid. */
        SUPERSEDED("证书已更换"),
        CESSATION_OF_OPERATION("单位撤销");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
