package io.zhengtong.exchange.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CanonicalJsonTest {

    @Test
    void keysAreSortedAndNothingIsWrittenBetweenTokens() {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("title", "通知");
        form.put("files", List.of(Map.of("z", "1", "a", "2")));
        form.put("format", "v1");

        assertThat(CanonicalJson.encodeToString(form)).isEqualTo("{\"files\":[{\"a\":\"2\",\"z\":\"1\"}],\"format\":\"v1\",\"title\":\"通知\"}");
    }

    @Test
    void quotesBackslashesAndControlCharactersAreEscapedSoNoValueCanForgeAFieldBoundary() {
        String forged = CanonicalJson.encodeToString(Map.of("a", "x\",\"b\":\"y"));
        String honest = CanonicalJson.encodeToString(Map.of("a", "x", "b", "y"));

        assertThat(forged).isEqualTo("{\"a\":\"x\\\",\\\"b\\\":\\\"y\"}").isNotEqualTo(honest);
        assertThat(CanonicalJson.encodeToString(Map.of("a", "\\\n\u001f"))).isEqualTo("{\"a\":\"\\\\\\u000a\\u001f\"}");
    }

    @Test
    void composedAndDecomposedSpellingsGiveTheSameBytes() {
        assertThat(CanonicalJson.encode(Map.of("name", "Caf\u00e9"))).isEqualTo(CanonicalJson.encode(Map.of("name", "Cafe\u0301")));
    }

    @Test
    void chineseIsWrittenAsUtf8NotEscaped() {
        assertThat(HexFormat.of().formatHex(CanonicalJson.encode(Map.of("t", "公")))).isEqualTo("7b2274223a22e585ac227d");
    }

    @Test
    void onlyStringsArraysAndObjectsExist() {
        assertThatThrownBy(() -> CanonicalJson.encode(Map.of("n", 1))).hasMessageContaining("only strings");
        Map<String, Object> withNull = new LinkedHashMap<>();
        withNull.put("n", null);
        assertThatThrownBy(() -> CanonicalJson.encode(withNull)).hasMessageContaining("no null");
    }

    @Test
    void sm3AndSha256GiveTheirPublishedTestVectors() {
        // GB/T 32905-2016 appendix A.1 and FIPS 180-2: "abc"
        assertThat(HashAlgorithm.SM3.hex("abc".getBytes()))
            .isEqualTo("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
        assertThat(HashAlgorithm.SHA_256.hex("abc".getBytes()))
            .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
