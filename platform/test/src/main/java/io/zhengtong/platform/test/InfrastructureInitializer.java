package io.zhengtong.platform.test;

import java.util.HashMap;
import java.util.Map;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import io.zhengtong.platform.test.TestInfrastructure.Backing;

/**
 * Points a service under test at the real backing services: its own {@code <database>_test}
 * schema (so tests never touch the demo data), Keycloak for tokens and the directory, and the
 * secrets (client secrets) as if they were environment variables.
 */
public class InfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    /** Put before every topic name in integration tests (see {@code zhengtong.events.topic-prefix}). */
    public static final String TEST_TOPIC_PREFIX = "test.";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        Backing backing = TestInfrastructure.backing();
        ConfigurableEnvironment environment = context.getEnvironment();
        String database = environment.getRequiredProperty("zhengtong.service.database") + "_test";

        Map<String, Object> properties = new HashMap<>(backing.secrets());
        properties.put("spring.datasource.url", backing.jdbcUrl(database));
        properties.put("spring.datasource.username", backing.dbUser());
        properties.put("spring.datasource.password", backing.dbPassword());
        properties.put("zhengtong.keycloak.url", backing.keycloakUrl());
        // As the variables the configuration reads, so that a test's own properties (e.g. a dead
        // Elasticsearch address) still win.
        properties.put("ZT_KAFKA_BOOTSTRAP", backing.kafkaBootstrap());
        properties.put("ZT_ELASTICSEARCH_URIS", backing.elasticsearchUrl());
        environment.getPropertySources().addFirst(new MapPropertySource("zhengtong-test-infrastructure", properties));
        // Tests share Kafka with the running demo platform: their events stay on test.* topics.
        environment.getPropertySources().addLast(new MapPropertySource("zhengtong-test-defaults",
                Map.of("zhengtong.events.topic-prefix", TEST_TOPIC_PREFIX)));
    }
}
