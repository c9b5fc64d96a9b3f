package io.zhengtong.mailbox.ratelimit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The address a letter came from. The service is reached only through the gateway (API calls) or
 * portal-service (the website's form), and both set {@code X-Forwarded-For} to the citizen's
 * address after removing whatever the client sent; so its first entry is trusted, and the TCP
 * peer is used only when the header is missing (tests, internal callers).
 *
 * @param value the address as text
 */
public record ClientAddress(String value) {

    public static ClientAddress of(String forwardedFor, String remoteAddress) {
        if (forwardedFor != null && !forwardedFor.isBlank()) {
            String first = forwardedFor.split(",", 2)[0].strip();
            if (!first.isEmpty() && first.length() <= 64) {
                return new ClientAddress(first);
            }
        }
        return new ClientAddress(remoteAddress == null ? "unknown" : remoteAddress);
    }

    /** The key the limit is counted under: a hash, so the table does not list citizens' addresses. */
    String key() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        }
        catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }
}
