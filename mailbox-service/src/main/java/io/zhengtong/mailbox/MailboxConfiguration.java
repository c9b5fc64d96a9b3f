package io.zhengtong.mailbox;

import io.zhengtong.mailbox.deadline.DeadlinePolicy;
import io.zhengtong.mailbox.deadline.SupervisionThresholds;
import io.zhengtong.mailbox.tracking.QueryPasswordHasher;
import java.security.SecureRandom;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The plain-Java domain's collaborators as beans. */
@Configuration(proxyBeanMethods = false)
class MailboxConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** Standard periods; the supervision thresholds (working days) from {@code zhengtong.mailbox.supervision.*}. */
    @Bean
    DeadlinePolicy deadlinePolicy(@Value("${zhengtong.mailbox.supervision.due-soon-within:1}") int dueSoonWithin,
            @Value("${zhengtong.mailbox.supervision.yellow-card-after:1}") int yellowCardAfter,
            @Value("${zhengtong.mailbox.supervision.red-card-after:3}") int redCardAfter) {
        return DeadlinePolicy.standard().withThresholds(new SupervisionThresholds(dueSoonWithin, yellowCardAfter, redCardAfter));
    }

    /**
     * BCrypt cost 10 by default (about 85 ms of CPU per hash or check). Lower only to measure the
     * rest of the system in a benchmark: at cost 10 the hashing alone caps the lifecycle rate.
     */
    @Bean
    QueryPasswordHasher queryPasswordHasher(
            @Value("${zhengtong.mailbox.query-password-cost:" + QueryPasswordHasher.DEFAULT_COST + "}") int cost) {
        return new QueryPasswordHasher(cost);
    }

    @Bean
    SecureRandom secureRandom() {
        return new SecureRandom();
    }
}
