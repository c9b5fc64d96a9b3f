package io.zhengtong.mailbox;

import io.zhengtong.mailbox.deadline.DeadlinePolicy;
import io.zhengtong.mailbox.deadline.MailboxPeriods;
import io.zhengtong.mailbox.deadline.SupervisionThresholds;
import io.zhengtong.mailbox.tracking.QueryPasswordHasher;
import java.security.SecureRandom;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The plain-Java domain's collaborators as beans. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeadlineSettings.class)
class MailboxConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /**
     * The county-wide periods from {@code zhengtong.mailbox.deadlines.working-days.*}
     * ({@link DeadlineSettings}) over the standard ones, each mailbox's own periods from the database
     * ({@link MailboxPeriods}, kept by the mailboxes feature); the supervision thresholds (working
     * days) from {@code zhengtong.mailbox.supervision.*}.
     */
    @Bean
    DeadlinePolicy deadlinePolicy(DeadlineSettings periods, MailboxPeriods mailboxPeriods,
            @Value("${zhengtong.mailbox.supervision.due-soon-within:1}") int dueSoonWithin,
            @Value("${zhengtong.mailbox.supervision.yellow-card-after:1}") int yellowCardAfter,
            @Value("${zhengtong.mailbox.supervision.red-card-after:3}") int redCardAfter) {
        return periods.applyTo(DeadlinePolicy.standard()).withMailboxPeriods(mailboxPeriods)
            .withThresholds(new SupervisionThresholds(dueSoonWithin, yellowCardAfter, redCardAfter));
    }

    /** HMAC-SHA-256 under {@code zhengtong.mailbox.query-password-key}; no default, the service does not start without it. */
    @Bean
    QueryPasswordHasher queryPasswordHasher(@Value("${zhengtong.mailbox.query-password-key:}") String key) {
        return QueryPasswordHasher.withBase64Key(key);
    }

    @Bean
    SecureRandom secureRandom() {
        return new SecureRandom();
    }
}
