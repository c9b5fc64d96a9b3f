package io.zhengtong.exchange.keys;

import java.util.Base64;

import javax.crypto.spec.SecretKeySpec;

import io.zhengtong.exchange.encryption.FileDecryptionFailed;
import io.zhengtong.exchange.encryption.FileEncryption;

/**
 * Wraps private keys (and the file key) with the key-encryption key (KEK) before they are stored:
 * AES-256-GCM, bound to the key's name, so a wrapped key copied under another name or opened with
 * another KEK does not decrypt.
 */
public final class KeyWrapping {

    private final FileEncryption cipher;

    private KeyWrapping(byte[] kek) {
        this.cipher = new FileEncryption(FileEncryption.Algorithm.AES_256_GCM, new SecretKeySpec(kek, "AES"));
    }

    /** The KEK as configured: 32 bytes, Base64. */
    public static KeyWrapping withBase64Key(String base64) {
        byte[] kek;
        try {
            kek = Base64.getDecoder().decode(base64 == null ? "" : base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("zhengtong.exchange.key-encryption-key must be 32 bytes in Base64", e);
        }
        if (kek.length != 32) {
            throw new IllegalStateException("zhengtong.exchange.key-encryption-key must be 32 bytes in Base64, not "
                    + kek.length + " bytes");
        }
        return new KeyWrapping(kek);
    }

    public byte[] wrap(String keyName, byte[] secret) {
        return cipher.encrypt(associatedName(keyName), secret);
    }

    public byte[] unwrap(String keyName, byte[] wrapped) {
        try {
            return cipher.decrypt(associatedName(keyName), wrapped);
        } catch (FileDecryptionFailed e) {
            throw new WrongKeyEncryptionKey(keyName);
        }
    }

    private static String associatedName(String keyName) {
        return "key|" + keyName;
    }

    /** The stored key does not open with this KEK (another KEK, or the row was altered). */
    public static final class WrongKeyEncryptionKey extends IllegalStateException {

        WrongKeyEncryptionKey(String keyName) {
            super("the stored key " + keyName
                    + " does not decrypt with the configured zhengtong.exchange.key-encryption-key (wrong KEK or altered row)");
        }
    }
}
