package io.zhengtong.platform.events;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.core.env.Environment;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import com.zaxxer.hikari.HikariDataSource;

import io.micrometer.core.instrument.MeterRegistry;
import io.zhengtong.platform.config.BeanWrapping;
import tools.jackson.databind.json.JsonMapper;

/**
 * The platform's event conventions: {@link IntegrationEvent}s go out through the outbox as
 * CloudEvents, the outbox is resubmitted periodically, consumers apply events once
 * ({@link InboundEvents}) and failed records are retried and dead-lettered.
 */
@AutoConfiguration(before = { FlywayAutoConfiguration.class, KafkaAutoConfiguration.class })
@ConditionalOnClass(KafkaOperations.class)
@EnableConfigurationProperties(EventsProperties.class)
@EnableScheduling
public class EventsAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    FlywayMigrationStrategy platformTablesMigration() {
        return new PlatformTablesMigration();
    }

    @Bean
    @ConditionalOnMissingBean
    EventExternalizationConfiguration cloudEventsExternalization(
            @Value("${zhengtong.service.name:zhengtong}") String service, EventsProperties properties) {
        return CloudEventsExternalization.configuration("/zhengtong/" + service, properties.topicPrefix());
    }

    // Modulith's registry is defined by an auto-configuration of its own, so it is looked up
    // lazily rather than with @ConditionalOnBean, which would depend on the ordering.
    @Bean
    OutboxResubmission outboxResubmission(ObjectProvider<FailedEventPublications> failed, EventsProperties properties) {
        return new OutboxResubmission(failed, properties.resubmitOlderThan());
    }

    @Bean
    @ConditionalOnProperty(name = "spring.modulith.events.completion-mode", havingValue = "delete")
    static BeanPostProcessor leanOutbox(ObjectProvider<PlatformTransactionManager> transactions,
            ObjectProvider<DataSource> dataSource) {
        return BeanWrapping.wrapping(EventPublicationRepository.class, LeanOutbox.class,
                repository -> new LeanOutbox(repository, readCommitted(repository, transactions, dataSource),
                        Duration.ofMillis(200), 500));
    }

    /** On a connection of their own when the pool is Hikari's, else in a READ COMMITTED transaction of the pool's. */
    private static Consumer<List<UUID>> readCommitted(EventPublicationRepository repository,
            ObjectProvider<PlatformTransactionManager> transactions, ObjectProvider<DataSource> dataSource) {
        HikariDataSource hikari = ReadCommittedDeletes.hikari(dataSource.getIfUnique());
        if (hikari != null) {
            return new ReadCommittedDeletes(() -> hikari);
        }
        return ids -> {
            TransactionTemplate transaction = new TransactionTemplate(transactions.getObject());
            transaction.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
            transaction.executeWithoutResult(status -> repository.deletePublications(ids));
        };
    }

    @Bean
    KafkaAdmin.NewTopics integrationEventTopics(BeanFactory beanFactory, Environment environment,
            EventsProperties properties) {
        List<String> packages = AutoConfigurationPackages.has(beanFactory) ? AutoConfigurationPackages.get(beanFactory)
                : List.of();
        return EventTopics.declare(packages, environment, properties);
    }

    @Bean
    @ConditionalOnMissingBean
    InboundEvents inboundEvents(JdbcTemplate jdbc, PlatformTransactionManager transactions, JsonMapper json,
            MeterRegistry meters) {
        return new InboundEvents(jdbc, new TransactionTemplate(transactions), json, meters);
    }

    @Bean
    @ConditionalOnMissingBean
    DefaultErrorHandler kafkaConsumerErrorHandler(KafkaOperations<Object, Object> template,
            EventsProperties properties, MeterRegistry meters) {
        return ConsumerFailureHandling.errorHandler(template, properties, meters);
    }
}
