package io.zhengtong.platform.events.outbox;

import static io.zhengtong.platform.test.TopicRecords.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

import io.zhengtong.platform.events.outbox.OutboxTestApplication.Changes;
import io.zhengtong.platform.test.InfrastructureInitializer;
import io.zhengtong.platform.test.IntegrationTest;
import io.zhengtong.platform.test.TestInfrastructure;
import io.zhengtong.platform.test.TestInfrastructure.Component;
import io.zhengtong.platform.test.TopicRecords;

/**
 * The outbox promise on the real MariaDB and Kafka: a change and its event commit together, the
 * event reaches Kafka even if Kafka was down when the change was written, and the consumer
 * applies it exactly once however often it is delivered.
 */
@IntegrationTest
class OutboxAcrossKafkaOutageIT {

    private static final Duration PATIENCE = Duration.ofMinutes(2);
    private static final String TOPIC = InfrastructureInitializer.TEST_TOPIC_PREFIX + OutboxTestApplication.TOPIC;

    @Autowired
    Changes changes;

    @Autowired
    JdbcTemplate jdbc;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    @Test
    void everyChangeWrittenWhileKafkaIsDownTakesEffectExactlyOnceAfterKafkaReturns() {
        List<String> written = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            written.add(changes.record());
        }
        TestInfrastructure.stop(Component.KAFKA);
        try {
            for (int i = 0; i < 10; i++) {
                written.add(changes.record());
            }
            // Long enough for the sends to give up (delivery timeout), so the events come back
            // through the outbox's resubmission rather than the producer's own buffer.
            await().atMost(PATIENCE).until(() -> failedInOutbox() > 0);
        }
        finally {
            TestInfrastructure.start(Component.KAFKA);
        }
        for (int i = 0; i < 5; i++) {
            written.add(changes.record());
        }

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(appliedCounts(written)).doesNotContain(0));
        // Resubmission may have sent some events twice; once the outbox is empty nothing else
        // is on its way, and a later change passing through shows the consumer caught up.
        await().atMost(PATIENCE).until(() -> outboxSize() == 0);
        String marker = changes.record();
        await().atMost(PATIENCE).until(() -> appliedCounts(List.of(marker)).equals(List.of(1)));

        assertThat(appliedCounts(written)).hasSize(20).containsOnly(1);
    }

    @Test
    void anEventLeavesAsACloudEventKeyedByItsAggregate() {
        String id = changes.record();

        ConsumerRecord<String, byte[]> record = findOnTopic(TOPIC, id);

        assertThat(header(record, "ce_specversion")).isEqualTo("1.0");
        assertThat(header(record, "ce_type")).isEqualTo("zhengtong.platformtest.change.recorded.v1");
        assertThat(header(record, "ce_source")).isEqualTo("/zhengtong/platformtest");
        assertThat(header(record, "ce_subject")).isEqualTo(id);
        assertThat(header(record, "ce_id")).isNotBlank();
        assertThat(header(record, "ce_time")).matches("\\d{4}-\\d\\d-\\d\\dT.*Z");
        assertThat(new String(record.value(), StandardCharsets.UTF_8)).contains("\"changeId\":\"" + id + "\"");
    }

    @Test
    void aRedeliveredEventTakesEffectOnlyOnce() {
        String id = changes.record();
        await().atMost(PATIENCE).until(() -> appliedCounts(List.of(id)).equals(List.of(1)));
        ConsumerRecord<String, byte[]> original = findOnTopic(TOPIC, id);

        try (KafkaProducer<String, byte[]> producer = producer()) {
            producer.send(new ProducerRecord<>(original.topic(), null, original.key(), original.value(),
                    original.headers())).get();
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
        String after = changes.record();
        await().atMost(PATIENCE).until(() -> appliedCounts(List.of(after)).equals(List.of(1)));

        assertThat(appliedCounts(List.of(id))).containsExactly(1);
    }

    @Test
    void anEventThatCannotBeReadIsParkedOnTheDeadLetterTopic() throws Exception {
        String eventId = UUID.randomUUID().toString();
        ProducerRecord<String, byte[]> poison = new ProducerRecord<>(TOPIC, "poison",
                "not json".getBytes(StandardCharsets.UTF_8));
        Map.of("ce_specversion", "1.0", "ce_id", eventId, "ce_source", "/test", "ce_type",
                "zhengtong.platformtest.change.recorded.v1")
            .forEach((name, value) -> poison.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        try (KafkaProducer<String, byte[]> producer = producer()) {
            producer.send(poison).get();
        }

        ConsumerRecord<String, byte[]> parked = await().atMost(PATIENCE)
            .until(() -> findOnce(TOPIC + ".DLT", "poison", eventId), Optional::isPresent)
            .orElseThrow();
        assertThat(new String(parked.value(), StandardCharsets.UTF_8)).isEqualTo("not json");
        // The consumer goes on with the next events.
        String after = changes.record();
        await().atMost(PATIENCE).until(() -> appliedCounts(List.of(after)).equals(List.of(1)));
    }

    private List<Integer> appliedCounts(List<String> ids) {
        return ids.stream()
            .map(id -> jdbc.queryForObject("select applied from recorded_change where id = ?", Integer.class, id))
            .toList();
    }

    private int failedInOutbox() {
        return jdbc.queryForObject("select count(*) from EVENT_PUBLICATION where STATUS = 'FAILED'", Integer.class);
    }

    private int outboxSize() {
        return jdbc.queryForObject("select count(*) from EVENT_PUBLICATION", Integer.class);
    }

    private ConsumerRecord<String, byte[]> findOnTopic(String topic, String key) {
        return await().atMost(PATIENCE).until(() -> findOnce(topic, key, null), Optional::isPresent).orElseThrow();
    }

    private Optional<ConsumerRecord<String, byte[]>> findOnce(String topic, String key, String eventId) {
        return TopicRecords.read(bootstrap, topic,
                record -> key.equals(record.key()) && (eventId == null || eventId.equals(header(record, "ce_id"))), 1,
                Duration.ofSeconds(5)).stream().findFirst();
    }

    private KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap), new StringSerializer(),
                new ByteArraySerializer());
    }
}
