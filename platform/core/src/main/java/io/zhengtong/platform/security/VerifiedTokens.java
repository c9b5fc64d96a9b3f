package io.zhengtong.platform.security;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

/**
 * Remembers the tokens already verified until they expire. A clerk's token comes with every
 * request for its five minutes; checking its signature and claims again each time was most of
 * what authentication cost. The same text is the same signed token, so what the first
 * verification established still holds until its expiry; after that it is verified (and
 * refused) anew. Refused tokens are not remembered.
 */
final class VerifiedTokens implements JwtDecoder {

    /** A county's staff at work hold a few thousand tokens at most at any one time. */
    static final int CAPACITY = 5_000;

    private final JwtDecoder verifier;
    private final Clock clock;
    private final Cache<String, Jwt> verified;

    VerifiedTokens(JwtDecoder verifier, Clock clock) {
        this.verifier = verifier;
        this.clock = clock;
        this.verified = Caffeine.newBuilder()
            .maximumSize(CAPACITY)
            .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
            .expireAfter(Expiry.<String, Jwt>creating((token, jwt) -> Duration.between(clock.instant(), jwt.getExpiresAt())))
            .build();
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = verified.getIfPresent(token);
        if (known != null) {
            return known;
        }
        Jwt jwt = verifier.decode(token);
        // One accepted within the verifier's clock skew, already past its expiry, is not remembered.
        if (jwt.getExpiresAt() != null && clock.instant().isBefore(jwt.getExpiresAt())) {
            verified.put(token, jwt);
        }
        return jwt;
    }
}
