package io.zhengtong.mailbox.ratelimit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The per-address limit on writing letters, counted in the database so every instance sees the
 * same count. A letter is counted inside its own transaction: a letter refused for any reason
 * rolls its count back, so only letters actually received use up the allowance.
 */
@Service
@EnableConfigurationProperties(SubmissionLimitProperties.class)
public class SubmissionLimit {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SubmissionLimitProperties properties;

    public SubmissionLimit(JdbcClient jdbc, Clock clock, SubmissionLimitProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.properties = properties;
    }

    /** Counts one more letter from {@code from}; throws {@link TooManyLetters} when that is one too many. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void count(ClientAddress from) {
        if (properties.letters() == 0) {
            return;
        }
        Instant now = clock.instant();
        Instant windowStart = windowStart(now, properties.window());
        Timestamp start = Timestamp.from(windowStart);
        String key = from.key();
        // One statement that inserts or increments: it locks the row, so concurrent letters count one after the other.
        jdbc.sql("INSERT INTO submission_window (client_key, window_start, letters) VALUES (?, ?, 1) "
                + "ON DUPLICATE KEY UPDATE letters = letters + 1").params(key, start).update();
        int letters = jdbc.sql("SELECT letters FROM submission_window WHERE client_key = ? AND window_start = ?")
            .params(key, start).query(Integer.class).single();
        if (letters > properties.letters()) {
            long retryAfter = Math.max(1, Duration.between(now, windowStart.plus(properties.window())).toSeconds());
            throw new TooManyLetters(properties.letters(), properties.window(), retryAfter);
        }
    }

    /** Past windows are of no use; swept on a schedule so the letters' transactions never wait for it. */
    @Scheduled(fixedDelayString = "${zhengtong.mailbox.submission-limit.sweep-every:10m}")
    @Transactional
    public void forgetPastWindows() {
        Instant current = windowStart(clock.instant(), properties.window());
        jdbc.sql("DELETE FROM submission_window WHERE window_start < ?").param(Timestamp.from(current)).update();
    }

    static Instant windowStart(Instant now, Duration window) {
        long size = window.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), size) * size);
    }
}
