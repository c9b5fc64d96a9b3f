package io.zhengtong.mailbox.ratelimit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How many letters one client address may submit per window. The gateway's general limit on
 * public writes (per minute, per gateway replica) turns away floods; this one, counted in the
 * database across all mailbox instances, keeps one address from filling the dispatchers' inbox.
 *
 * @param letters letters per address and window; 0 switches the limit off (load tests)
 * @param window the fixed window, counted from the epoch (an hour: from the full hour)
 */
@ConfigurationProperties("zhengtong.mailbox.submission-limit")
public record SubmissionLimitProperties(@DefaultValue("5") int letters, @DefaultValue("1h") Duration window) {

    public SubmissionLimitProperties {
        if (letters < 0 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("submission-limit: letters >= 0 and a positive window");
        }
    }
}
