package io.zhengtong.exchange.signature;

import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.X509Certificate;

import io.zhengtong.exchange.crypto.BouncyCastle;

/**
 * Signs and checks a sign-for receipt's canonical form (签收回执) with a unit key, beside
 * {@link DocumentSigner}: the same algorithms, the certificate from the same platform CA.
 */
public final class ReceiptSigner {

    private ReceiptSigner() {
    }

    public static byte[] sign(byte[] canonicalForm, UnitCredentials signer) {
        try {
            Signature signature = signer.algorithm().newSignature();
            signature.initSign(signer.privateKey());
            signature.update(canonicalForm);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the unit key cannot sign with " + signer.algorithm().jcaName(), e);
        }
    }

    /**
     * True only if the certificate was issued by {@code platformCa}, names {@code unitCode} and its
     * key verifies {@code value} over exactly {@code canonicalForm}.
     */
    public static boolean verify(byte[] canonicalForm, byte[] value, X509Certificate certificate, String unitCode,
            SignatureAlgorithm algorithm, X509Certificate platformCa) {
        try {
            certificate.verify(platformCa.getPublicKey(), BouncyCastle.PROVIDER);
            if (!unitCode.equals(UnitCertificates.unitCode(certificate))) {
                return false;
            }
            Signature signature = algorithm.newSignature();
            signature.initVerify(certificate.getPublicKey());
            signature.update(canonicalForm);
            return signature.verify(value);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }
}
