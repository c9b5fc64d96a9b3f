package io.zhengtong.mailbox.captcha;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues captchas and redeems them. A captcha lives in the database (so the instance that checks
 * it need not be the one that issued it), expires after a few minutes and is good for one attempt:
 * redeeming deletes it whether the answer was right or not, so it cannot be guessed at.
 */
@Service
public class Captchas {

    private final JdbcClient jdbc;
    private final SecureRandom random;
    private final Clock clock;
    private final Duration lifetime;

    public Captchas(JdbcClient jdbc, SecureRandom random, Clock clock,
            @Value("${zhengtong.mailbox.captcha.lifetime:10m}") Duration lifetime) {
        this.jdbc = jdbc;
        this.random = random;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    /** What the form shows: the image as a data URL and the question as text. */
    public record IssuedCaptcha(String id, String image, String question) {
    }

    @Transactional
    public IssuedCaptcha issue() {
        Instant now = clock.instant();
        CaptchaChallenge challenge = CaptchaChallenge.generate(random);
        String id = UUID.randomUUID().toString();
        jdbc.sql("INSERT INTO captcha (id, image_answer, question_answer, expires_at) VALUES (?, ?, ?, ?)")
            .params(id, challenge.imageText(), challenge.questionAnswer(), Timestamp.from(now.plus(lifetime)))
            .update();
        return new IssuedCaptcha(id, CaptchaImage.dataUrl(challenge.imageText(), random), challenge.question());
    }

    /**
     * Forgets the captchas nobody answered. On a schedule, not while issuing: concurrent forms each
     * sweeping the same expired rows deadlocked one another, and the citizen got an error page.
     * {@link #redeem} checks the expiry itself, so a late sweep only costs space.
     */
    @Scheduled(fixedDelayString = "${zhengtong.mailbox.captcha.sweep-every:1m}")
    @Transactional
    public void forgetExpired() {
        jdbc.sql("DELETE FROM captcha WHERE expires_at < ?").param(Timestamp.from(clock.instant())).update();
    }

    /**
     * Whether {@code answer} solves the captcha {@code id}; the captcha is used up either way. Runs
     * in its own transaction, so a letter refused afterwards does not bring the captcha back.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public boolean redeem(String id, String answer) {
        if (id == null || id.isBlank() || id.length() > 36) {
            return false;
        }
        Optional<Stored> stored = jdbc.sql("SELECT image_answer, question_answer, expires_at FROM captcha WHERE id = ?")
            .param(id)
            .query((row, n) -> new Stored(row.getString(1), row.getString(2), row.getTimestamp(3).toInstant()))
            .optional();
        // Only the request whose delete removed the row may use it: two at once cannot both pass.
        int deleted = jdbc.sql("DELETE FROM captcha WHERE id = ?").param(id).update();
        return deleted == 1 && stored.isPresent() && stored.get().expiresAt().isAfter(clock.instant())
                && CaptchaChallenge.matches(stored.get().imageAnswer(), stored.get().questionAnswer(), answer);
    }

    private record Stored(String imageAnswer, String questionAnswer, Instant expiresAt) {
    }
}
