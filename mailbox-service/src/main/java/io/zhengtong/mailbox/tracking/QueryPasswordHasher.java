package io.zhengtong.mailbox.tracking;

import java.util.Objects;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Keeps query passwords as BCrypt hashes (spring-security-crypto, already on the platform's class
 * path; Argon2 would need Bouncy Castle). The cost is configurable: each step doubles the work of a
 * check. Cost 10 took about 90 ms of CPU per check on the shared 2-core machine, so check the
 * password once per visit (then a short-lived session) rather than on every request; an offline
 * attacker with a stolen table pays the same for each of 31^10 guesses per letter.
 */
public final class QueryPasswordHasher {

    public static final int DEFAULT_COST = 10;

    private final BCryptPasswordEncoder encoder;

    public QueryPasswordHasher(int cost) {
        this.encoder = new BCryptPasswordEncoder(cost);
    }

    public QueryPasswordHasher() {
        this(DEFAULT_COST);
    }

    public String hash(QueryPassword password) {
        Objects.requireNonNull(password, "password");
        return encoder.encode(password.value());
    }

    /** Whether the typed password (normalised) matches the stored hash; false for an empty or damaged input. */
    public boolean matches(String typed, String hash) {
        if (typed == null || hash == null || hash.isBlank()) {
            return false;
        }
        QueryPassword password = QueryPassword.typed(typed);
        if (password.value().isEmpty()) {
            return false;
        }
        return encoder.matches(password.value(), hash);
    }
}
