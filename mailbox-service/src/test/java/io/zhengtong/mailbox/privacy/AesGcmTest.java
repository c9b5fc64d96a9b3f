package io.zhengtong.mailbox.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Ciphers are reused: a refused value, associated data or a concurrent caller must not leak into the next value. */
class AesGcmTest {

    final AesGcm aes = new AesGcm("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII));

    @Test
    void aValueOpensAfterATamperedOneWasRefused() throws Exception {
        byte[] good = aes.seal(bytes("13812341234"), null);
        byte[] tampered = aes.seal(bytes("13912345678"), null);
        tampered[tampered.length - 1] ^= 1;

        assertThatThrownBy(() -> aes.open(tampered, null)).isInstanceOf(GeneralSecurityException.class);
        assertThat(aes.open(good, null)).isEqualTo(bytes("13812341234"));
    }

    @Test
    void associatedDataBindsOnlyItsOwnValue() throws Exception {
        byte[] bound = aes.seal(bytes("附件"), bytes("letter-attachment/A/1"));

        assertThatThrownBy(() -> aes.open(bound, bytes("letter-attachment/B/1"))).isInstanceOf(GeneralSecurityException.class);
        assertThatThrownBy(() -> aes.open(bound, null)).isInstanceOf(GeneralSecurityException.class);
        assertThat(aes.open(aes.seal(bytes("无关联"), null), null)).isEqualTo(bytes("无关联"));
        assertThat(aes.open(bound, bytes("letter-attachment/A/1"))).isEqualTo(bytes("附件"));
    }

    @Test
    void aValueTooShortToHoldItsIvIsRefused() {
        assertThatThrownBy(() -> aes.open(new byte[5], null)).isInstanceOf(GeneralSecurityException.class);
    }

    @Test
    void concurrentRequestsSealAndOpenSideBySide() throws Exception {
        // Like the service: a virtual thread per request.
        ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
        try {
            List<Future<String>> opened = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                String phone = "138%08d".formatted(i);
                opened.add(threads.submit(() -> new String(aes.open(aes.seal(bytes(phone), null), null), StandardCharsets.UTF_8)));
            }
            for (int i = 0; i < 200; i++) {
                assertThat(opened.get(i).get()).isEqualTo("138%08d".formatted(i));
            }
        }
        finally {
            threads.shutdownNow();
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
