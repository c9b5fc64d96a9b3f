package io.zhengtong.platform.demo;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;

/** Demo seeding: the markers always (tests seed on demand), the start-up run only when enabled. */
@AutoConfiguration
public class DemoSeedAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    DemoSeedMarkers demoSeedMarkers(JdbcTemplate jdbc) {
        return new DemoSeedMarkers(jdbc);
    }

    @Bean
    @ConditionalOnBooleanProperty("zhengtong.demo.seed")
    DemoSeedRunner demoSeedRunner(ObjectProvider<DemoSeed> seeds) {
        return new DemoSeedRunner(seeds.orderedStream().toList());
    }
}
