package io.zhengtong.exchange.encryption;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Objects;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import io.zhengtong.exchange.crypto.BouncyCastle;

/**
 * Encrypts document files at rest with an AEAD cipher, binding each file to its document: the
 * associated data is {@code zhengtong.exchange.file.v1|<document id>}, so a file copied under
 * another document does not decrypt. Stored form: magic {@code ZTF1}, one algorithm byte
 * (1 = SM4-GCM, 2 = AES-256-GCM), a 12-byte random nonce, then ciphertext with its 16-byte tag.
 */
public final class FileEncryption {

    public enum Algorithm {
        /** SM4 (GB/T 32907) in GCM mode, 128-bit key: the default. */
        SM4_GCM((byte) 1, "SM4", 16),
        /** AES-256 in GCM mode: the alternative. */
        AES_256_GCM((byte) 2, "AES", 32);

        private final byte id;
        private final String keyAlgorithm;
        private final int keyBytes;

        Algorithm(byte id, String keyAlgorithm, int keyBytes) {
            this.id = id;
            this.keyAlgorithm = keyAlgorithm;
            this.keyBytes = keyBytes;
        }

        public int keyBytes() {
            return keyBytes;
        }

        /** A fresh random key of the right size (tests, the local launcher). */
        public SecretKey generateKey() {
            byte[] key = new byte[keyBytes];
            RANDOM.nextBytes(key);
            return new SecretKeySpec(key, keyAlgorithm);
        }

        public SecretKey key(byte[] material) {
            if (material.length != keyBytes) {
                throw new IllegalArgumentException(name() + " needs a " + keyBytes * 8 + "-bit key");
            }
            return new SecretKeySpec(material, keyAlgorithm);
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte[] MAGIC = "ZTF1".getBytes(StandardCharsets.US_ASCII);
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int HEADER = MAGIC.length + 1 + NONCE_BYTES;

    private final Algorithm algorithm;
    private final SecretKey key;

    public FileEncryption(Algorithm algorithm, SecretKey key) {
        this.algorithm = Objects.requireNonNull(algorithm);
        this.key = algorithm.key(key.getEncoded());
    }

    public Algorithm algorithm() {
        return algorithm;
    }

    public byte[] encrypt(String documentId, byte[] plaintext) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, documentId);
            ByteBuffer out = ByteBuffer.allocate(HEADER + cipher.getOutputSize(plaintext.length));
            out.put(MAGIC).put(algorithm.id).put(nonce).put(cipher.doFinal(plaintext));
            return out.array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not encrypt with " + algorithm, e);
        }
    }

    /** Decrypts, or fails with {@link FileDecryptionFailed} if anything (file, key, document id) does not match. */
    public byte[] decrypt(String documentId, byte[] stored) {
        if (stored.length < HEADER + TAG_BITS / 8 || !ByteBuffer.wrap(stored, 0, MAGIC.length).equals(ByteBuffer.wrap(MAGIC))) {
            throw new FileDecryptionFailed("不是本系统加密保存的文件。");
        }
        if (stored[MAGIC.length] != algorithm.id) {
            throw new FileDecryptionFailed("文件使用了其他加密算法保存，当前配置为 " + algorithm + "。");
        }
        byte[] nonce = java.util.Arrays.copyOfRange(stored, MAGIC.length + 1, HEADER);
        try {
            return cipher(Cipher.DECRYPT_MODE, nonce, documentId).doFinal(stored, HEADER, stored.length - HEADER);
        } catch (AEADBadTagException e) {
            throw new FileDecryptionFailed("文件已被改动、密钥不符或不属于该公文。");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("could not decrypt with " + algorithm, e);
        }
    }

    private Cipher cipher(int mode, byte[] nonce, String documentId) throws GeneralSecurityException {
        Cipher cipher = algorithm == Algorithm.SM4_GCM ? Cipher.getInstance("SM4/GCM/NoPadding", BouncyCastle.PROVIDER)
                : Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(("zhengtong.exchange.file.v1|" + documentId).getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
