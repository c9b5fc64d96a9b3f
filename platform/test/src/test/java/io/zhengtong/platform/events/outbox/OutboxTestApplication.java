package io.zhengtong.platform.events.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Headers;
import org.springframework.boot.SpringApplication;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.zhengtong.platform.events.EventContract;
import io.zhengtong.platform.events.EventHandlers;
import io.zhengtong.platform.events.InboundEvents;
import io.zhengtong.platform.events.IntegrationEvent;

/**
 * A service in miniature: it records changes (each with its event, through the outbox) and
 * consumes its own events, counting how often each took effect.
 */
@SpringBootApplication
class OutboxTestApplication {

    static final String TOPIC = "platformtest.changes";
    /** Events the test sends itself, applied a poll at a time ({@link PollApplier}). */
    static final String POLLS = "platformtest.polls";

    public static void main(String[] args) {
        SpringApplication.run(OutboxTestApplication.class, args);
    }

    static final String CHANGE_RECORDED = "zhengtong.platformtest.change.recorded.v1";

    @EventContract(type = CHANGE_RECORDED, topic = TOPIC)
    record ChangeRecorded(UUID eventId, String aggregateId, Instant occurredAt, String changeId) implements IntegrationEvent {
    }

    /** What the consumer reads: its own view of the event's data. */
    record RecordedChangeData(String changeId) {
    }

    @Service
    static class Changes {

        private final JdbcTemplate jdbc;
        private final ApplicationEventPublisher events;

        Changes(JdbcTemplate jdbc, ApplicationEventPublisher events) {
            this.jdbc = jdbc;
            this.events = events;
        }

        @Transactional
        String record() {
            String id = UUID.randomUUID().toString();
            jdbc.update("insert into recorded_change (id) values (?)", id);
            events.publishEvent(new ChangeRecorded(UUID.randomUUID(), id, Instant.now(), id));
            return id;
        }

        /** A change stored without an event: the test hands its event to a consumer itself. */
        String recordWithoutEvent() {
            String id = UUID.randomUUID().toString();
            jdbc.update("insert into recorded_change (id) values (?)", id);
            return id;
        }

        /** How often the change's event took effect. */
        int applied(String id) {
            return jdbc.queryForObject("select applied from recorded_change where id = ?", Integer.class, id);
        }

        /** The CloudEvents headers (binary mode) of a change event with this id, as the outbox sends them. */
        static void addEventHeaders(Headers headers, String eventId) {
            Map.of("ce_specversion", "1.0", "ce_id", eventId, "ce_source", "/zhengtong/platformtest", "ce_type",
                    CHANGE_RECORDED)
                .forEach((name, value) -> headers.add(name, value.getBytes(StandardCharsets.UTF_8)));
        }
    }

    @Component
    static class ChangeApplier {

        private final InboundEvents inbound;
        private final JdbcTemplate jdbc;

        ChangeApplier(InboundEvents inbound, JdbcTemplate jdbc) {
            this.inbound = inbound;
            this.jdbc = jdbc;
        }

        @KafkaListener(topics = "${zhengtong.events.topic-prefix:}" + TOPIC)
        void on(ConsumerRecord<String, byte[]> record) {
            inbound.apply(record, counting("change-applier", jdbc));
        }

        /** Counts in {@code recorded_change.applied} how often each change's event took effect. */
        static EventHandlers counting(String consumer, JdbcTemplate jdbc) {
            return EventHandlers.of(consumer).on(CHANGE_RECORDED, RecordedChangeData.class,
                    event -> jdbc.update("update recorded_change set applied = applied + 1 where id = ?",
                            event.data().changeId()));
        }
    }

    /** The same change events, applied a poll at a time in one transaction. */
    @Component
    static class PollApplier {

        private final InboundEvents inbound;
        private final EventHandlers handlers;

        PollApplier(InboundEvents inbound, JdbcTemplate jdbc) {
            this.inbound = inbound;
            this.handlers = ChangeApplier.counting("poll-applier", jdbc);
        }

        @Bean
        static KafkaAdmin.NewTopics pollTopics(@Value("${zhengtong.events.topic-prefix:}") String prefix) {
            return new KafkaAdmin.NewTopics(TopicBuilder.name(prefix + POLLS).partitions(1).build(),
                    TopicBuilder.name(prefix + POLLS + ".DLT").partitions(1).build());
        }

        @KafkaListener(topics = "${zhengtong.events.topic-prefix:}" + POLLS, groupId = "platformtest-polls", batch = "true")
        void on(List<ConsumerRecord<String, byte[]>> records) {
            inbound.applyAll(records, handlers);
        }
    }
}
