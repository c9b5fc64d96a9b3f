package io.zhengtong.mailbox.duplicate;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhengtong.mailbox.letter.Contact;
import io.zhengtong.mailbox.letter.LetterContent;
import io.zhengtong.mailbox.letter.LetterType;
import io.zhengtong.mailbox.letter.Mailbox;
import org.junit.jupiter.api.Test;

class FingerprinterTest {

    static final String KEY = "ZGV2LW9ubHktbWFpbGJveC1rZXktbm90LXNlY3JldCE=";
    static final String OTHER_KEY = "b3RoZXItbWFpbGJveC1rZXktZm9yLXRlc3RzLW9ubHk=";
    static final Mailbox PETITION = new Mailbox("petition", "信访局信箱", "petition");

    static LetterContent letter(String subject, String body, String phone, String email) {
        return new LetterContent(PETITION, LetterType.COMPLAINT, subject, body, new Contact("李四", phone, email, null), false);
    }

    @Test
    void theSameLetterReTypedWithOtherSpacesAndFullWidthPunctuationHasTheSameTextFingerprint() {
        Fingerprinter prints = new Fingerprinter(KEY);
        Fingerprint typed = prints.of(letter("路灯不亮 ABC", "东街路灯坏了，请修理。", null, null));
        Fingerprint retyped = prints.of(letter("路灯不亮abc", "东街路灯  坏了,请修理!", null, null));
        assertThat(retyped.textHash()).isEqualTo(typed.textHash());
        assertThat(prints.of(letter("路灯不亮", "西街路灯坏了", null, null)).textHash()).isNotEqualTo(typed.textHash());
    }

    @Test
    void aPhoneNumberIsMatchedWithOrWithoutTheCountryCodeAndNeverStoredInClear() {
        Fingerprinter prints = new Fingerprinter(KEY);
        Fingerprint plain = prints.of(letter("a", "b", "13912345678", "LiSi@Example.com"));
        Fingerprint prefixed = prints.of(letter("c", "d", "+86 139 1234 5678", "lisi@example.com"));
        assertThat(prefixed.phoneHash()).isEqualTo(plain.phoneHash()).matches("[0-9a-f]{64}").doesNotContain("12345678");
        assertThat(prefixed.emailHash()).isEqualTo(plain.emailHash());
        assertThat(prints.of(letter("a", "b", null, null)).phoneHash()).isNull();
    }

    @Test
    void withoutTheKeyTheHashesOfAPhoneNumberCannotBeReproduced() {
        Fingerprint ours = new Fingerprinter(KEY).of(letter("a", "b", "13912345678", null));
        Fingerprint theirs = new Fingerprinter(OTHER_KEY).of(letter("a", "b", "13912345678", null));
        assertThat(theirs.phoneHash()).isNotEqualTo(ours.phoneHash());
    }
}
