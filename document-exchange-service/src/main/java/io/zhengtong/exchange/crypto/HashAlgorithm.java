package io.zhengtong.exchange.crypto;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The hash functions the exchange uses: SM3 (GB/T 32905, the default) or SHA-256. */
public enum HashAlgorithm {

    SM3("SM3", "sm3"),
    SHA_256("SHA-256", "sha256");

    private final String jcaName;
    private final String label;

    HashAlgorithm(String jcaName, String label) {
        this.jcaName = jcaName;
        this.label = label;
    }

    /** The lower-case name written into canonical forms and stored rows: {@code sm3} or {@code sha256}. */
    public String label() {
        return label;
    }

    public static HashAlgorithm fromLabel(String label) {
        for (HashAlgorithm algorithm : values()) {
            if (algorithm.label.equals(label)) {
                return algorithm;
            }
        }
        throw new IllegalArgumentException("unknown hash algorithm " + label);
    }

    public MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance(jcaName, BouncyCastle.PROVIDER);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public byte[] digest(byte[] data) {
        return newDigest().digest(data);
    }

    /** Hashes a stream to its end without holding it in memory (a 2 MB body or larger). */
    public byte[] digest(InputStream data) {
        MessageDigest digest = newDigest();
        byte[] buffer = new byte[64 * 1024];
        try (data) {
            for (int read; (read = data.read(buffer)) != -1; ) {
                digest.update(buffer, 0, read);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return digest.digest();
    }

    public String hex(byte[] data) {
        return HexFormat.of().formatHex(digest(data));
    }
}
