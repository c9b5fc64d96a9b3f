package io.zhengtong.mailbox.duplicate;

import io.zhengtong.mailbox.letter.LetterContent;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Computes a letter's {@link Fingerprint}. Keyed (HMAC-SHA256) rather than a plain hash: the
 * mainland mobile numbers are so few that a plain SHA-256 of one is reversed by trying them all;
 * without the key the stored hashes say nothing. The key is derived from the personal-data key,
 * so there is no second secret to lose.
 *
 * <p>Texts are compared after normalising: full-width to half-width (NFKC), lower case, and only
 * letters and digits kept, so re-sending the same letter with other spaces or punctuation matches.
 */
public final class Fingerprinter {

    private static final String ALGORITHM = "HmacSHA256";
    private static final byte[] PURPOSE = "zhengtong.mailbox.duplicate-fingerprint.v1".getBytes(StandardCharsets.UTF_8);

    private final SecretKeySpec key;

    /** @param base64PersonalDataKey the mailbox's personal-data key; the fingerprint key is derived from it */
    public Fingerprinter(String base64PersonalDataKey) {
        byte[] master = Base64.getDecoder().decode(base64PersonalDataKey.strip());
        this.key = new SecretKeySpec(hmac(new SecretKeySpec(master, ALGORITHM), PURPOSE), ALGORITHM);
    }

    public Fingerprint of(LetterContent content) {
        var contact = content.contact();
        return new Fingerprint(keyed(contact.phone() == null ? null : digits(contact.phone())),
                keyed(contact.email() == null ? null : contact.email().strip().toLowerCase(Locale.ROOT)),
                keyed(normalisedText(content.subject() + "\n" + content.body())));
    }

    /** Letters and digits only, NFKC, lower case: "您好， 请问 ABC？" and "您好请问abc" are the same text. */
    static String normalisedText(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder kept = new StringBuilder(folded.length());
        folded.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    private static String digits(String phone) {
        String only = phone.replaceAll("\\D", "");
        // +86 / 0086 prefixes name the same mobile number.
        return only.length() > 11 ? only.substring(only.length() - 11) : only;
    }

    private String keyed(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        return HexFormat.of().formatHex(hmac(key, value.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] hmac(SecretKeySpec key, byte[] data) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal(data);
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }
}
