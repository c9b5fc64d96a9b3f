package io.zhengtong.exchange.signature;

import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;

import io.zhengtong.exchange.crypto.BouncyCastle;
import io.zhengtong.exchange.crypto.HashAlgorithm;

/**
 * How documents (and unit certificates) are signed. SM2 with SM3 (GB/T 32918, GB/T 35276, default
 * SM2 user id) is the default; ECDSA on P-256 with SHA-256 is the configurable alternative. The
 * algorithm also fixes the hash of the files and of the metadata.
 */
public enum SignatureAlgorithm {

    SM2_SM3("sm2-sm3", "SM2/SM3（国密）", "sm2p256v1", "SM3withSM2", HashAlgorithm.SM3),
    ECDSA_P256_SHA256("ecdsa-p256-sha256", "ECDSA P-256/SHA-256", "secp256r1", "SHA256withECDSA", HashAlgorithm.SHA_256);

    private final String label;
    private final String displayName;
    private final String curve;
    private final String jcaName;
    private final HashAlgorithm hash;

    SignatureAlgorithm(String label, String displayName, String curve, String jcaName, HashAlgorithm hash) {
        this.label = label;
        this.displayName = displayName;
        this.curve = curve;
        this.jcaName = jcaName;
        this.hash = hash;
    }

    /** The name in canonical forms and stored rows, e.g. {@code sm2-sm3}. */
    public String label() {
        return label;
    }

    /** The name shown to a clerk. */
    public String displayName() {
        return displayName;
    }

    /** The JCA signature name, e.g. {@code SM3withSM2}. */
    public String jcaName() {
        return jcaName;
    }

    public HashAlgorithm hash() {
        return hash;
    }

    public static SignatureAlgorithm fromLabel(String label) {
        for (SignatureAlgorithm algorithm : values()) {
            if (algorithm.label.equals(label)) {
                return algorithm;
            }
        }
        throw new IllegalArgumentException("unknown signature algorithm " + label);
    }

    public KeyPair generateKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BouncyCastle.PROVIDER);
            generator.initialize(new ECGenParameterSpec(curve));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    Signature newSignature() {
        try {
            return Signature.getInstance(jcaName, BouncyCastle.PROVIDER);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
