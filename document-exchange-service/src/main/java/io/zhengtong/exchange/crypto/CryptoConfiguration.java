package io.zhengtong.exchange.crypto;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Binds {@link CryptoSettings}; provides the clock audit entries and signatures are stamped with. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CryptoSettings.class)
class CryptoConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
