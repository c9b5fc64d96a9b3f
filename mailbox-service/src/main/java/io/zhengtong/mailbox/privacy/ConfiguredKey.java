package io.zhengtong.mailbox.privacy;

import java.util.Base64;

/** A 32-byte secret key configured as base64; a missing or malformed one stops the start, naming what to set. */
public final class ConfiguredKey {

    private static final int KEY_BYTES = 32;

    private ConfiguredKey() {
    }

    /**
     * @param base64 the configured value
     * @param property the Spring property, for the message
     * @param environment the environment variable that sets it, for the message
     */
    public static byte[] decode(String base64, String property, String environment) {
        if (base64 == null || base64.isBlank()) {
            throw new IllegalStateException(property + " is not set: set " + environment + " to 32 random bytes in base64 "
                    + "(openssl rand -base64 32); the local launcher writes one into .local-infra/secrets.env");
        }
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64.strip());
        }
        catch (IllegalArgumentException e) {
            throw new IllegalStateException(property + " must be base64", e);
        }
        if (raw.length != KEY_BYTES) {
            throw new IllegalStateException(property + " must be 32 bytes, got " + raw.length);
        }
        return raw;
    }
}
