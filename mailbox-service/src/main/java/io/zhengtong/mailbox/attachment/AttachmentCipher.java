package io.zhengtong.mailbox.attachment;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
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

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecureRandom random = new SecureRandom();

    AttachmentCipher(@Value("${zhengtong.mailbox.personal-data-key}") String base64Key) {
        // PersonalDataCipher already refuses to start without a valid key; this only reads it.
        this.key = new SecretKeySpec(Base64.getDecoder().decode(base64Key.strip()), "AES");
    }

    byte[] encrypt(String letterId, int position, byte[] plain) {
        try {
            byte[] iv = new byte[IV_BYTES];
            random.nextBytes(iv);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(binding(letterId, position));
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt an attachment", e);
        }
    }

    byte[] decrypt(String letterId, int position, byte[] stored) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, Arrays.copyOf(stored, IV_BYTES)));
            cipher.updateAAD(binding(letterId, position));
            return cipher.doFinal(stored, IV_BYTES, stored.length - IV_BYTES);
        } catch (GeneralSecurityException e) {
            // A wrong key or a moved file must stop the download, not serve garbage.
            throw new IllegalStateException("cannot decrypt attachment " + position + " of letter " + letterId, e);
        }
    }

    private static byte[] binding(String letterId, int position) {
        return ("letter-attachment/" + letterId + "/" + position).getBytes(StandardCharsets.UTF_8);
    }
}
