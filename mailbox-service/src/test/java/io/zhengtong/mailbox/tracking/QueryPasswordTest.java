package io.zhengtong.mailbox.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

class QueryPasswordTest {

    private static final String KEY = Base64.getEncoder()
        .encodeToString("unit-test-query-password-key-32b".getBytes(StandardCharsets.US_ASCII));
    private static final String OTHER_KEY = Base64.getEncoder().encodeToString(new byte[32]);

    private final QueryPasswordHasher hasher = QueryPasswordHasher.withBase64Key(KEY);
    private final SplittableRandom random = new SplittableRandom(7);
    private final TrackingCode code = TrackingCode.generate(random);

    @Test
    void aPasswordIsTenCharactersWithoutLookAlikes() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            QueryPassword password = QueryPassword.generate(random);
            assertThat(password.value()).matches("[2-9A-HJKMNP-Z]{10}");
            seen.add(password.value());
        }
        assertThat(seen).hasSize(1000);
    }

    @Test
    void theRightPasswordOpensTheLetterAsTypedFromTheReceipt() {
        QueryPassword password = QueryPassword.generate(random);
        String stored = hasher.hash(code, password);

        assertThat(hasher.matches(code, password.value(), stored)).isTrue();
        assertThat(hasher.matches(code, password.grouped(), stored)).isTrue();
        assertThat(hasher.matches(code, " " + password.value().toLowerCase() + " ", stored)).isTrue();
        assertThat(QueryPasswordHasher.isLegacy(stored)).isFalse();
    }

    @Test
    void aWrongOrEmptyPasswordDoesNotOpenTheLetter() {
        String stored = hasher.hash(code, new QueryPassword("K7M3Q9PDX2"));

        assertThat(hasher.matches(code, "K7M3Q9PDX3", stored)).isFalse();
        assertThat(hasher.matches(code, "K7M3Q9PDX", stored)).isFalse();
        assertThat(hasher.matches(code, "", stored)).isFalse();
        assertThat(hasher.matches(code, null, stored)).isFalse();
        assertThat(hasher.matches(code, "K7M3Q9PDX2", "")).isFalse();
        assertThat(hasher.matches(code, "K7M3Q9PDX2", "hmac-sha256:damaged")).isFalse();
    }

    @Test
    void anotherLettersStoredPasswordDoesNotOpenThisLetter() {
        QueryPassword password = new QueryPassword("K7M3Q9PDX2");
        TrackingCode other = TrackingCode.generate(random);

        assertThat(hasher.matches(code, "K7M3Q9PDX2", hasher.hash(other, password))).isFalse();
    }

    @Test
    void theStoredValueIsUselessWithoutTheServersKey() {
        QueryPassword password = new QueryPassword("K7M3Q9PDX2");
        String stored = hasher.hash(code, password);

        assertThat(stored).startsWith("hmac-sha256:").doesNotContain("K7M3Q9PDX2").hasSizeLessThanOrEqualTo(100);
        // The same password is the same stored value under one key (no salt needed: the password is random) ...
        assertThat(hasher.hash(code, password)).isEqualTo(stored);
        // ... and another key, e.g. a thief's guess or a wrongly configured server, neither produces nor accepts it.
        QueryPasswordHasher wrongKey = QueryPasswordHasher.withBase64Key(OTHER_KEY);
        assertThat(wrongKey.hash(code, password)).isNotEqualTo(stored);
        assertThat(wrongKey.matches(code, "K7M3Q9PDX2", stored)).isFalse();
    }

    @Test
    void aLetterWrittenBeforeTheKeyedHashStillOpensWithItsBcryptHashAndAsksToBeUpgraded() {
        String legacy = new BCryptPasswordEncoder(4).encode("K7M3Q9PDX2");

        assertThat(QueryPasswordHasher.isLegacy(legacy)).isTrue();
        assertThat(hasher.matches(code, "k7m3q-9pdx2", legacy)).isTrue();
        assertThat(hasher.matches(code, "K7M3Q9PDX3", legacy)).isFalse();
        // Whatever the key: the old hash never depended on one.
        assertThat(QueryPasswordHasher.withBase64Key(OTHER_KEY).matches(code, "K7M3Q9PDX2", legacy)).isTrue();
    }

    @Test
    void theServiceDoesNotStartWithoutAProperKey() {
        assertThatThrownBy(() -> QueryPasswordHasher.withBase64Key("")).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("ZT_MAILBOX_QUERY_KEY");
        assertThatThrownBy(() -> QueryPasswordHasher.withBase64Key("not base64!")).isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("base64");
        assertThatThrownBy(() -> QueryPasswordHasher.withBase64Key(Base64.getEncoder().encodeToString(new byte[16])))
            .isInstanceOf(IllegalStateException.class).hasMessageContaining("32 bytes");
    }

    @Test
    void aPasswordNeverShowsInLogs() {
        assertThat(new QueryPassword("K7M3Q9PDX2").toString()).doesNotContain("K7M3Q9PDX2");
        assertThat(new QueryPassword("K7M3Q9PDX2").grouped()).isEqualTo("K7M3Q-9PDX2");
    }
}
