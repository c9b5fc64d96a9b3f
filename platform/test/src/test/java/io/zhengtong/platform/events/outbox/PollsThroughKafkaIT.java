package io.zhengtong.platform.events.outbox;

import static io.zhengtong.platform.test.TopicRecords.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

import io.zhengtong.platform.events.outbox.OutboxTestApplication.Changes;
import io.zhengtong.platform.test.InfrastructureInitializer;
import io.zhengtong.platform.test.IntegrationTest;
import io.zhengtong.platform.test.TopicRecords;

/**
 * A batch listener ({@link OutboxTestApplication.PollApplier}) with the platform's error handler on
 * the real Kafka: a record that cannot be read is parked on the dead-letter topic on its own, the
 * others of its poll take effect once each.
 */
@IntegrationTest
class PollsThroughKafkaIT {

    private static final String TOPIC = InfrastructureInitializer.TEST_TOPIC_PREFIX + OutboxTestApplication.POLLS;

    @Autowired
    Changes changes;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrap;

    @Test
    void aPoisonRecordAmongGoodOnesIsDeadLetteredAloneAndTheOthersTakeEffectOnce() throws Exception {
        String before = changes.recordWithoutEvent();
        String after = changes.recordWithoutEvent();
        // Keyed like the duplicate, so on its partition behind it: once it took effect, so did the duplicate.
        String behindTheDuplicate = changes.recordWithoutEvent();
        String beforeEvent = UUID.randomUUID().toString();
        String poisonEvent = UUID.randomUUID().toString();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap),
                new StringSerializer(), new ByteArraySerializer())) {
            for (ProducerRecord<String, byte[]> record : List.of(event(beforeEvent, before, data(before)),
                    event(poisonEvent, "poison", "not json".getBytes(StandardCharsets.UTF_8)),
                    event(UUID.randomUUID().toString(), after, data(after)), event(beforeEvent, before, data(before)),
                    event(UUID.randomUUID().toString(), before, data(behindTheDuplicate)))) {
                producer.send(record);
            }
            producer.flush();
        }

        await().atMost(Duration.ofMinutes(2)).until(() -> changes.applied(after) == 1 && changes.applied(behindTheDuplicate) == 1);
        List<ConsumerRecord<String, byte[]>> parked = TopicRecords.read(bootstrap, TOPIC + ".DLT",
                record -> poisonEvent.equals(header(record, "ce_id")), 1, Duration.ofSeconds(60));
        assertThat(parked).hasSize(1);
        assertThat(new String(parked.getFirst().value(), StandardCharsets.UTF_8)).isEqualTo("not json");
        assertThat(changes.applied(before)).as("sent twice, applied once").isEqualTo(1);
    }

    private static byte[] data(String changeId) {
        return ("{\"changeId\":\"" + changeId + "\"}").getBytes(StandardCharsets.UTF_8);
    }

    private static ProducerRecord<String, byte[]> event(String eventId, String key, byte[] data) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(TOPIC, key, data);
        Changes.addEventHeaders(record.headers(), eventId);
        return record;
    }
}
