package io.zhengtong.mailbox.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AttachmentCipherTest {

    static final String KEY = "ZGV2LW9ubHktbWFpbGJveC1rZXktbm90LXNlY3JldCE=";
    static final String LETTER = "7d1c6c5e-2f4a-4c1b-9a7e-1b2c3d4e5f60";

    final AttachmentCipher cipher = new AttachmentCipher(KEY);

    @Test
    void aStoredFileReadsBackAsItWasAndDoesNotShowItsContent() {
        byte[] png = SampleFiles.png();
        byte[] stored = cipher.encrypt(LETTER, 1, png);

        assertThat(stored).isNotEqualTo(png);
        assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1)).doesNotContain("PNG");
        assertThat(cipher.decrypt(LETTER, 1, stored)).isEqualTo(png);
    }

    @Test
    void theSameFileTwiceIsStoredDifferently() {
        assertThat(cipher.encrypt(LETTER, 1, SampleFiles.pdf())).isNotEqualTo(cipher.encrypt(LETTER, 1, SampleFiles.pdf()));
    }

    @Test
    void aFileMovedToAnotherLetterOrPlaceDoesNotDecrypt() {
        byte[] stored = cipher.encrypt(LETTER, 1, SampleFiles.pdf());
        assertThatThrownBy(() -> cipher.decrypt(LETTER, 2, stored)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.decrypt("00000000-0000-4000-8000-000000000000", 1, stored))
            .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aTamperedFileDoesNotDecrypt() {
        byte[] stored = cipher.encrypt(LETTER, 1, SampleFiles.pdf());
        stored[stored.length - 20] ^= 1;
        assertThatThrownBy(() -> cipher.decrypt(LETTER, 1, stored)).isInstanceOf(IllegalStateException.class);
    }
}
