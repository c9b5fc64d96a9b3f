package io.zhengtong.gateway.session;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals cookie payloads with AES-256-GCM: confidential and authenticated, so a cookie that was
 * changed, truncated, or moved to another cookie name does not open. The key is derived from a
 * shared secret ({@code $ZT_SESSION_KEY}) with HKDF-SHA256, so every replica that knows the
 * secret reads every other replica's cookies.
 * <p>
 * Format (URL-safe Base64, no padding): {@code version(1) | nonce(12) | ciphertext+tag(16)}; the
 * cookie's logical name is the associated data.
 */
public final class CookieCipher {

	private static final byte VERSION = 1;

	private static final int NONCE_LENGTH = 12;

	private static final int TAG_BITS = 128;

	private static final byte[] SALT = "zhengtong-gateway".getBytes(StandardCharsets.UTF_8);

	private static final byte[] INFO = "session-cookies/aes-256-gcm/v1".getBytes(StandardCharsets.UTF_8);

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

	private final SecretKey key;

	private final SecureRandom random = new SecureRandom();

	private CookieCipher(SecretKey key) {
		this.key = key;
	}

	/** A cipher whose key is derived from the given secret (at least 16 characters). */
	public static CookieCipher fromSecret(String secret) {
		if (secret.length() < 16) {
			throw new IllegalArgumentException("The session key must have at least 16 characters");
		}
		byte[] keyBytes = hkdfSha256(secret.getBytes(StandardCharsets.UTF_8), 32);
		return new CookieCipher(new SecretKeySpec(keyBytes, "AES"));
	}

	/** A cipher with a random key: cookies survive neither a restart nor a second replica. */
	public static CookieCipher withRandomKey() {
		byte[] keyBytes = new byte[32];
		new SecureRandom().nextBytes(keyBytes);
		return new CookieCipher(new SecretKeySpec(keyBytes, "AES"));
	}

	public String seal(String purpose, byte[] plaintext) {
		byte[] nonce = new byte[NONCE_LENGTH];
		this.random.nextBytes(nonce);
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.ENCRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, nonce));
			cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
			byte[] sealed = cipher.doFinal(plaintext);
			ByteBuffer out = ByteBuffer.allocate(1 + NONCE_LENGTH + sealed.length);
			out.put(VERSION).put(nonce).put(sealed);
			return ENCODER.encodeToString(out.array());
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("AES-GCM is not available", ex);
		}
	}

	/** The plaintext, or empty if the value was not sealed by this key for this purpose. */
	public Optional<byte[]> open(String purpose, String sealed) {
		byte[] raw;
		try {
			raw = DECODER.decode(sealed);
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
		if (raw.length < 1 + NONCE_LENGTH + TAG_BITS / 8 || raw[0] != VERSION) {
			return Optional.empty();
		}
		try {
			Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
			cipher.init(Cipher.DECRYPT_MODE, this.key, new GCMParameterSpec(TAG_BITS, raw, 1, NONCE_LENGTH));
			cipher.updateAAD(purpose.getBytes(StandardCharsets.UTF_8));
			return Optional.of(cipher.doFinal(raw, 1 + NONCE_LENGTH, raw.length - 1 - NONCE_LENGTH));
		}
		catch (GeneralSecurityException ex) {
			return Optional.empty();
		}
	}

	/** HKDF (RFC 5869) with SHA-256, for at most 32 bytes of output. */
	private static byte[] hkdfSha256(byte[] inputKeyMaterial, int length) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(SALT, "HmacSHA256"));
			byte[] pseudoRandomKey = mac.doFinal(inputKeyMaterial);
			mac.init(new SecretKeySpec(pseudoRandomKey, "HmacSHA256"));
			mac.update(INFO);
			mac.update((byte) 1);
			return Arrays.copyOf(mac.doFinal(), length);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

}
