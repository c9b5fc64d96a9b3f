package io.zhengtong.mailbox.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class QueryPasswordTest {

    // The lowest BCrypt cost keeps the tests fast; production uses DEFAULT_COST.
    private final QueryPasswordHasher hasher = new QueryPasswordHasher(4);
    private final SplittableRandom random = new SplittableRandom(7);

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
        String hash = hasher.hash(password);

        assertThat(hasher.matches(password.value(), hash)).isTrue();
        assertThat(hasher.matches(password.grouped(), hash)).isTrue();
        assertThat(hasher.matches(" " + password.value().toLowerCase() + " ", hash)).isTrue();
    }

    @Test
    void aWrongOrEmptyPasswordDoesNotOpenTheLetter() {
        QueryPassword password = new QueryPassword("K7M3Q9PDX2");
        String hash = hasher.hash(password);

        assertThat(hasher.matches("K7M3Q9PDX3", hash)).isFalse();
        assertThat(hasher.matches("K7M3Q9PDX", hash)).isFalse();
        assertThat(hasher.matches("", hash)).isFalse();
        assertThat(hasher.matches(null, hash)).isFalse();
        assertThat(hasher.matches("K7M3Q9PDX2", "")).isFalse();
    }

    @Test
    void onlyASaltedSlowHashIsKeptNeverThePassword() {
        QueryPassword password = new QueryPassword("K7M3Q9PDX2");

        String first = hasher.hash(password);
        String second = hasher.hash(password);

        assertThat(first).startsWith("$2a$04$").doesNotContain("K7M3Q9PDX2");
        assertThat(first).isNotEqualTo(second);
        assertThat(new QueryPasswordHasher().hash(password)).startsWith("$2a$10$");
    }

    @Test
    void aPasswordNeverShowsInLogs() {
        assertThat(new QueryPassword("K7M3Q9PDX2").toString()).doesNotContain("K7M3Q9PDX2");
        assertThat(new QueryPassword("K7M3Q9PDX2").grouped()).isEqualTo("K7M3Q-9PDX2");
    }
}
