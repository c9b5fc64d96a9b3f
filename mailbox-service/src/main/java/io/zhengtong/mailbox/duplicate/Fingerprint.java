package io.zhengtong.mailbox.duplicate;

/**
 * What a letter is compared on to find duplicates, as keyed hashes (hex HMAC-SHA256): never the
 * phone number or e-mail address itself.
 *
 * @param phoneHash {@code null} when the writer left no phone number
 * @param emailHash {@code null} when the writer left no e-mail address
 * @param textHash the normalised subject and content
 */
public record Fingerprint(String phoneHash, String emailHash, String textHash) {
}
