package io.zhengtong.exchange.encryption;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.zhengtong.exchange.encryption.FileEncryption.Algorithm;

class FileEncryptionTest {

    static final byte[] BODY = "%PDF-1.7 关于做好森林防火工作的通知".getBytes(StandardCharsets.UTF_8);

    @ParameterizedTest
    @EnumSource(Algorithm.class)
    void aStoredFileDecryptsToWhatWasSaved(Algorithm algorithm) {
        FileEncryption files = new FileEncryption(algorithm, algorithm.generateKey());

        byte[] stored = files.encrypt("doc-1", BODY);

        assertThat(stored).hasSize(4 + 1 + 12 + BODY.length + 16);
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).startsWith("ZTF1").doesNotContain("PDF");
        assertThat(files.decrypt("doc-1", stored)).isEqualTo(BODY);
    }

    @ParameterizedTest
    @EnumSource(Algorithm.class)
    void theSameFileIsStoredDifferentlyEachTime(Algorithm algorithm) {
        FileEncryption files = new FileEncryption(algorithm, algorithm.generateKey());

        assertThat(files.encrypt("doc-1", BODY)).isNotEqualTo(files.encrypt("doc-1", BODY));
    }

    @ParameterizedTest
    @EnumSource(Algorithm.class)
    void aFileAlteredOnDiskIsRefused(Algorithm algorithm) {
        FileEncryption files = new FileEncryption(algorithm, algorithm.generateKey());
        byte[] stored = files.encrypt("doc-1", BODY);
        stored[stored.length - 20] ^= 1;

        assertThatThrownBy(() -> files.decrypt("doc-1", stored)).isInstanceOf(FileDecryptionFailed.class)
            .hasMessage("文件已被改动、密钥不符或不属于该公文。");
    }

    @ParameterizedTest
    @EnumSource(Algorithm.class)
    void aTruncatedFileIsRefused(Algorithm algorithm) {
        FileEncryption files = new FileEncryption(algorithm, algorithm.generateKey());
        byte[] stored = files.encrypt("doc-1", BODY);

        assertThatThrownBy(() -> files.decrypt("doc-1", Arrays.copyOf(stored, stored.length - 1)))
            .isInstanceOf(FileDecryptionFailed.class);
        assertThatThrownBy(() -> files.decrypt("doc-1", new byte[10])).hasMessage("不是本系统加密保存的文件。");
    }

    @ParameterizedTest
    @EnumSource(Algorithm.class)
    void anotherKeyCannotReadTheFile(Algorithm algorithm) {
        byte[] stored = new FileEncryption(algorithm, algorithm.generateKey()).encrypt("doc-1", BODY);

        assertThatThrownBy(() -> new FileEncryption(algorithm, algorithm.generateKey()).decrypt("doc-1", stored))
            .isInstanceOf(FileDecryptionFailed.class);
    }

    @ParameterizedTest
    @EnumSource(Algorithm.class)
    void aFileMovedUnderAnotherDocumentIsRefused(Algorithm algorithm) {
        FileEncryption files = new FileEncryption(algorithm, algorithm.generateKey());
        byte[] stored = files.encrypt("doc-1", BODY);

        assertThatThrownBy(() -> files.decrypt("doc-2", stored)).isInstanceOf(FileDecryptionFailed.class);
    }

    @ParameterizedTest
    @EnumSource(Algorithm.class)
    void aKeyOfTheWrongSizeIsRejected(Algorithm algorithm) {
        assertThatThrownBy(() -> algorithm.key(new byte[algorithm.keyBytes() - 1])).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @EnumSource(Algorithm.class)
    void aFileStoredWithTheOtherAlgorithmIsNamedAsSuch(Algorithm algorithm) {
        Algorithm other = algorithm == Algorithm.SM4_GCM ? Algorithm.AES_256_GCM : Algorithm.SM4_GCM;
        byte[] stored = new FileEncryption(other, other.generateKey()).encrypt("doc-1", BODY);

        assertThatThrownBy(() -> new FileEncryption(algorithm, algorithm.generateKey()).decrypt("doc-1", stored))
            .hasMessageContaining("其他加密算法");
    }
}
