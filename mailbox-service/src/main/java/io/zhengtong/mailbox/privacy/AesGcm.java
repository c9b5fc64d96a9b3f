package io.zhengtong.mailbox.privacy;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import javax.crypto.Cipher;
import javax.crypto.NoSuchPaddingException;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM with a fresh 12-byte random IV per value, sealed as IV ‖ ciphertext ‖ 16-byte tag: equal
 * values do not look equal at rest, and the tag refuses a tampered or wrongly-keyed value. The
 * {@link Cipher}s are pooled: looking the algorithm up among the providers for every field of every letter
 * read cost about 1 % of the service's CPU, and a cipher is re-initialised with its IV for every value
 * anyway. A pool, not one per thread: requests run on virtual threads, a new one for each request.
 */
public final class AesGcm {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();
    /** Idle ciphers; at most as many as values were ever sealed or opened at the same time. */
    private final Queue<Cipher> idle = new ConcurrentLinkedQueue<>();

    public AesGcm(byte[] key) {
        this.key = new SecretKeySpec(key, "AES");
    }

    /** @param associated bound to the value but not stored: opening needs the same bytes */
    public byte[] seal(byte[] plain, byte[] associated) throws GeneralSecurityException {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        Cipher cipher = borrow();
        try {
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            if (associated != null) {
                cipher.updateAAD(associated);
            }
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
        }
        finally {
            idle.offer(cipher);
        }
    }

    public byte[] open(byte[] sealed, byte[] associated) throws GeneralSecurityException {
        if (sealed.length < IV_BYTES) {
            throw new GeneralSecurityException("sealed value shorter than its IV");
        }
        Cipher cipher = borrow();
        try {
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
            if (associated != null) {
                cipher.updateAAD(associated);
            }
            return cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
        }
        finally {
            // Safe to reuse after a refused value too: every use starts with init.
            idle.offer(cipher);
        }
    }

    private Cipher borrow() {
        Cipher cipher = idle.poll();
        if (cipher != null) {
            return cipher;
        }
        try {
            return Cipher.getInstance("AES/GCM/NoPadding");
        }
        catch (NoSuchAlgorithmException | NoSuchPaddingException e) {
            throw new IllegalStateException("the JDK has no AES/GCM", e);
        }
    }
}
