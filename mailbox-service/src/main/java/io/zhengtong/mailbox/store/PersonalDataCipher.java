package io.zhengtong.mailbox.store;

import io.zhengtong.mailbox.privacy.AesGcm;
import io.zhengtong.mailbox.privacy.ConfiguredKey;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * AES-256-GCM ({@link AesGcm}) for the writers' phone numbers, e-mail addresses and ID numbers at rest,
 * stored as base64 of the sealed value.
 */
@Component
public class PersonalDataCipher {

    private final AesGcm aes;

    public PersonalDataCipher(@Value("${zhengtong.mailbox.personal-data-key}") String base64Key) {
        this.aes = new AesGcm(ConfiguredKey.decode(base64Key, "zhengtong.mailbox.personal-data-key", "ZT_MAILBOX_DATA_KEY"));
    }

    public String encrypt(String plain) {
        if (plain == null) {
            return null;
        }
        try {
            return Base64.getEncoder().encodeToString(aes.seal(plain.getBytes(StandardCharsets.UTF_8), null));
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt personal data", e);
        }
    }

    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        try {
            return new String(aes.open(Base64.getDecoder().decode(stored), null), StandardCharsets.UTF_8);
        }
        catch (GeneralSecurityException | IllegalArgumentException e) {
            // A wrong key must stop the read, not show garbage or an empty phone number.
            throw new IllegalStateException("cannot decrypt personal data (wrong zhengtong.mailbox.personal-data-key?)", e);
        }
    }
}
