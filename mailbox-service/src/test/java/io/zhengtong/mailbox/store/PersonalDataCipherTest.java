package io.zhengtong.mailbox.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import org.junit.jupiter.api.Test;

/** Phone and ID numbers at rest: unreadable without the key, and never the same text twice. */
class PersonalDataCipherTest {

    static final String KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());
    static final String OTHER_KEY = Base64.getEncoder().encodeToString("fedcba9876543210fedcba9876543210".getBytes());

    final PersonalDataCipher cipher = new PersonalDataCipher(KEY);

    @Test
    void aPhoneNumberIsStoredUnreadableAndReadBackAsTyped() {
        String stored = cipher.encrypt("13812341234");
        assertThat(stored).doesNotContain("1381234").doesNotContain("1234");
        assertThat(cipher.decrypt(stored)).isEqualTo("13812341234");
        assertThat(cipher.decrypt(cipher.encrypt("61033019900101123X"))).isEqualTo("61033019900101123X");
    }

    @Test
    void theSameNumberTwiceDoesNotLookTheSameInTheTable() {
        assertThat(cipher.encrypt("13812341234")).isNotEqualTo(cipher.encrypt("13812341234"));
    }

    @Test
    void anotherKeyOrATamperedValueIsRefusedNotMisread() {
        String stored = cipher.encrypt("13812341234");
        assertThatThrownBy(() -> new PersonalDataCipher(OTHER_KEY).decrypt(stored)).isInstanceOf(IllegalStateException.class);
        byte[] bytes = Base64.getDecoder().decode(stored);
        bytes[bytes.length - 1] ^= 1;
        assertThatThrownBy(() -> cipher.decrypt(Base64.getEncoder().encodeToString(bytes)))
            .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aKeyThatIsNotThirtyTwoBytesIsRefusedAtStartup() {
        assertThatThrownBy(() -> new PersonalDataCipher(Base64.getEncoder().encodeToString(new byte[16])))
            .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> new PersonalDataCipher("not base64!")).hasMessageContaining("base64");
    }

    @Test
    void emptyStaysEmpty() {
        assertThat(cipher.encrypt(null)).isNull();
        assertThat(cipher.decrypt(null)).isNull();
    }
}
