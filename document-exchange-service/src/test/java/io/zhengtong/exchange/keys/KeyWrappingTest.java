package io.zhengtong.exchange.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;

import org.junit.jupiter.api.Test;

class KeyWrappingTest {

    static final String KEK = Base64.getEncoder().encodeToString(new byte[32]);
    static final String OTHER_KEK = Base64.getEncoder().encodeToString("another-32-byte-key-encryptionK!".getBytes());
    static final byte[] SECRET = "the unit's private key".getBytes();

    @Test
    void aWrappedKeyOpensWithTheSameKekAndName() {
        byte[] wrapped = KeyWrapping.withBase64Key(KEK).wrap("unit:gov-office", SECRET);

        assertThat(java.util.HexFormat.of().formatHex(wrapped)).doesNotContain(java.util.HexFormat.of().formatHex(SECRET));
        assertThat(KeyWrapping.withBase64Key(KEK).unwrap("unit:gov-office", wrapped)).isEqualTo(SECRET);
    }

    @Test
    void aWrappedKeyDoesNotOpenWithAnotherKek() {
        byte[] wrapped = KeyWrapping.withBase64Key(KEK).wrap("unit:gov-office", SECRET);

        assertThatThrownBy(() -> KeyWrapping.withBase64Key(OTHER_KEK).unwrap("unit:gov-office", wrapped))
            .isInstanceOf(KeyWrapping.WrongKeyEncryptionKey.class).hasMessageContaining("unit:gov-office");
    }

    @Test
    void aWrappedKeyCopiedToAnotherUnitsRowDoesNotOpen() {
        byte[] wrapped = KeyWrapping.withBase64Key(KEK).wrap("unit:gov-office", SECRET);

        assertThatThrownBy(() -> KeyWrapping.withBase64Key(KEK).unwrap("unit:education", wrapped))
            .isInstanceOf(KeyWrapping.WrongKeyEncryptionKey.class);
    }

    @Test
    void withoutAKekTheServiceRefusesToStartUnlessOnADevelopmentMachine() {
        assertThatThrownBy(() -> new KeyStoreProperties("", false, "凤县政通平台").wrapping())
            .isInstanceOf(IllegalStateException.class).hasMessageContaining("ZT_EXCHANGE_KEK");
        assertThat(new KeyStoreProperties("", true, "凤县政通平台").wrapping()).isNotNull();
    }

    @Test
    void aKekOfTheWrongLengthIsRefused() {
        assertThatThrownBy(() -> KeyWrapping.withBase64Key(Base64.getEncoder().encodeToString(new byte[16])))
            .hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> KeyWrapping.withBase64Key("not base64!")).hasMessageContaining("32 bytes");
    }
}
