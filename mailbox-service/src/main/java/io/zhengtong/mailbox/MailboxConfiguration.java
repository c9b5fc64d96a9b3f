package io.zhengtong.mailbox;

import io.zhengtong.mailbox.deadline.DeadlinePolicy;
import io.zhengtong.mailbox.tracking.QueryPasswordHasher;
import java.security.SecureRandom;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The plain-Java domain's collaborators as beans. */
@Configuration(proxyBeanMethods = false)
class MailboxConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    DeadlinePolicy deadlinePolicy() {
        return DeadlinePolicy.standard();
    }

    @Bean
    QueryPasswordHasher queryPasswordHasher() {
        return new QueryPasswordHasher();
    }

    @Bean
    SecureRandom secureRandom() {
        return new SecureRandom();
    }
}
