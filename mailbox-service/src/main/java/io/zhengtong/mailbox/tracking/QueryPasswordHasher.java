package io.zhengtong.mailbox.tracking;

import io.zhengtong.mailbox.privacy.ConfiguredKey;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Keeps query passwords as HMAC-SHA-256 under a server-side key ({@code ZT_MAILBOX_QUERY_KEY}),
 * stored as {@code hmac-sha256:<base64url>}. The password is machine-generated (~49.5 bits), so it
 * needs no slow hash against guessing: a stolen table without the key offers nothing to try
 * offline, and online guessing is bounded by the tracking code (31^11) and the rate limits. A check
 * costs microseconds where BCrypt cost 10 took ~85 ms of CPU, three times per letter's life.
 *
 * <p>The MAC covers the tracking code too, so a stored value is valid for its own letter only.
 * Letters written before carry a BCrypt hash ({@code $2a$…}): still accepted, and
 * {@link #isLegacy} tells the caller to store the keyed form after a successful check.
 */
public final class QueryPasswordHasher {

    static final String PREFIX = "hmac-sha256:";
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    // Only checks legacy rows; the cost is read from each stored hash.
    private final BCryptPasswordEncoder legacy = new BCryptPasswordEncoder();

    private QueryPasswordHasher(byte[] key) {
        this.key = new SecretKeySpec(key, ALGORITHM);
    }

    /**
     * @param base64Key 32 random bytes in base64 ({@code zhengtong.mailbox.query-password-key})
     * @throws IllegalStateException when missing or malformed, naming the setting to fix
     */
    public static QueryPasswordHasher withBase64Key(String base64Key) {
        byte[] raw = ConfiguredKey.decode(base64Key, "zhengtong.mailbox.query-password-key", "ZT_MAILBOX_QUERY_KEY");
        return new QueryPasswordHasher(raw);
    }

    /** The stored form of this letter's password. */
    public String hash(TrackingCode code, QueryPassword password) {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(password, "password");
        return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(mac(code, password));
    }

    /**
     * Whether the typed password (normalised) is this letter's; false for an empty or damaged input.
     * Keyed values are compared in constant time; a BCrypt value is checked by BCrypt.
     */
    public boolean matches(TrackingCode code, String typed, String stored) {
        if (code == null || typed == null || stored == null || stored.isBlank()) {
            return false;
        }
        QueryPassword password = QueryPassword.typed(typed);
        if (password.value().isEmpty()) {
            return false;
        }
        if (isLegacy(stored)) {
            return legacy.matches(password.value(), stored);
        }
        byte[] expected = stored.getBytes(StandardCharsets.US_ASCII);
        byte[] actual = hash(code, password).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, actual);
    }

    /** A BCrypt hash from before the keyed form: re-store it with {@link #hash} once the password is known right. */
    public static boolean isLegacy(String stored) {
        return stored != null && stored.startsWith("$2");
    }

    private byte[] mac(TrackingCode code, QueryPassword password) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            // The compact code has a fixed length, so code and password cannot be shifted into each other.
            return mac.doFinal((code.compact() + ":" + password.value()).getBytes(StandardCharsets.UTF_8));
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }
}
