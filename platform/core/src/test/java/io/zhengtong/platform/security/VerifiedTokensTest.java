package io.zhengtong.platform.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class VerifiedTokensTest {

    private static final Instant NINE = Instant.parse("2026-11-23T01:00:00Z");

    private final MovableClock clock = new MovableClock(NINE);
    private final List<String> verifications = new ArrayList<>();
    /** Verifies "good-*" tokens (valid five minutes from now) and refuses everything else. */
    private final JwtDecoder keycloak = token -> {
        verifications.add(token);
        if (!token.startsWith("good-")) {
            throw new BadJwtException("signature does not match");
        }
        if (!clock.instant().isBefore(NINE.plus(Duration.ofMinutes(5)))) {
            throw new BadJwtException("expired");
        }
        return Jwt.withTokenValue(token).header("alg", "RS256").subject(token)
            .issuedAt(NINE).expiresAt(NINE.plus(Duration.ofMinutes(5))).build();
    };
    private final VerifiedTokens tokens = new VerifiedTokens(keycloak, clock);

    @Test
    void aClerksTokenIsVerifiedOnceForAllTheRequestsItComesWith() {
        Jwt first = tokens.decode("good-zhang.wei");
        clock.advance(Duration.ofMinutes(4));
        Jwt later = tokens.decode("good-zhang.wei");

        assertThat(later).isSameAs(first);
        assertThat(verifications).containsExactly("good-zhang.wei");
    }

    @Test
    void anExpiredTokenIsVerifiedAgainAndRefused() {
        tokens.decode("good-li.na");
        clock.advance(Duration.ofMinutes(5));

        assertThatThrownBy(() -> tokens.decode("good-li.na")).isInstanceOf(BadJwtException.class).hasMessage("expired");
        assertThat(verifications).containsExactly("good-li.na", "good-li.na");
    }

    @Test
    void aRefusedTokenIsNotRememberedAndRefusedEveryTime() {
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("forged")).isInstanceOf(BadJwtException.class);

        assertThat(verifications).containsExactly("forged", "forged");
    }

    @Test
    void aTokenAcceptedWithinTheClockSkewAfterItsExpiryIsVerifiedEveryTime() {
        JwtDecoder lenient = token -> {
            verifications.add(token);
            return Jwt.withTokenValue(token).header("alg", "RS256").subject(token)
                .issuedAt(NINE.minus(Duration.ofMinutes(6))).expiresAt(NINE.minusSeconds(30)).build();
        };
        VerifiedTokens skewed = new VerifiedTokens(lenient, clock);

        skewed.decode("good-late");
        skewed.decode("good-late");

        assertThat(verifications).containsExactly("good-late", "good-late");
    }

    @Test
    void differentTokensAreVerifiedEachOnTheirOwn() {
        tokens.decode("good-zhang.wei");
        Jwt other = tokens.decode("good-li.na");

        assertThat(other.getSubject()).isEqualTo("good-li.na");
        assertThat(verifications).containsExactly("good-zhang.wei", "good-li.na");
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
