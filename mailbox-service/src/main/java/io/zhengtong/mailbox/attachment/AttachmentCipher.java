package io.zhengtong.mailbox.attachment;

import io.zhengtong.mailbox.privacy.AesGcm;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * AES-256-GCM for attachment contents at rest, with the key of the writers' personal data
 * ({@code zhengtong.mailbox.personal-data-key}): stored as 12-byte random IV ‖ ciphertext ‖ tag.
 * The letter and position are the associated data, so a file copied onto another letter or place
 * in the table does not decrypt.
 */
@Component
class AttachmentCipher {

    private final AesGcm aes;

    AttachmentCipher(@Value("${zhengtong.mailbox.personal-data-key}") String base64Key) {
        // PersonalDataCipher already refuses to start without a valid key; this only reads it.
        this.aes = new AesGcm(Base64.getDecoder().decode(base64Key.strip()));
    }

    byte[] encrypt(String letterId, int position, byte[] plain) {
        try {
            return aes.seal(plain, binding(letterId, position));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt an attachment", e);
        }
    }

    byte[] decrypt(String letterId, int position, byte[] stored) {
        try {
            return aes.open(stored, binding(letterId, position));
        } catch (GeneralSecurityException e) {
            // A wrong key or a moved file must stop the download, not serve garbage.
            throw new IllegalStateException("cannot decrypt attachment " + position + " of letter " + letterId, e);
        }
    }

    private static byte[] binding(String letterId, int position) {
        return ("letter-attachment/" + letterId + "/" + position).getBytes(StandardCharsets.UTF_8);
    }
}
