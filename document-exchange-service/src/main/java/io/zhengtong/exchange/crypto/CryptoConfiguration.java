package io.zhengtong.exchange.crypto;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Binds {@link CryptoSettings}; provides the clock audit entries and signatures are stamped with. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CryptoSettings.class)
class CryptoConfiguration {

    /**
     * Ticks in microseconds, the precision of the TIMESTAMP(6) columns: a time kept in a delivery's
     * stored state then equals the same time read back from its column (next reminder, sign-for),
     * whatever precision the machine's clock has.
     */
    @Bean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
