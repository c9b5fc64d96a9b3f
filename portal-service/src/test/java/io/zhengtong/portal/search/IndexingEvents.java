package io.zhengtong.portal.search;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.context.ApplicationContext;

import co.elastic.clients.elasticsearch.ElasticsearchClient;

/**
 * What a test of the site search's event listeners shares: its own Kafka topic and index alias on
 * the shared servers (removed afterwards), real CloudEvents sent as the platform's outbox sends
 * them, and waiting until the search finds what the listener indexed.
 */
public final class IndexingEvents implements AutoCloseable {

    static final String BOOTSTRAP = "127.0.0.1:9092";
    private static final Pattern EVENT_ID = Pattern.compile("\"eventId\"\\s*:\\s*\"([^\"]+)\"");

    private final String topic;
    private final String alias;
    private final SiteSearch search;
    private final SiteIndex index;
    private final ElasticsearchClient client;
    private final KafkaProducer<String, byte[]> producer;

    private IndexingEvents(String topic, String alias, ApplicationContext context) {
        this.topic = topic;
        this.alias = alias;
        this.search = context.getBean(SiteSearch.class);
        this.index = context.getBean(SiteIndex.class);
        this.client = context.getBean(ElasticsearchClient.class);
        this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP),
                new StringSerializer(), new ByteArraySerializer());
    }

    /** Creates the test's topic with one partition: the tests rely on the order of records for different keys too. */
    public static void createTopic(String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get();
        }
    }

    /** Creates the test's index behind {@code alias} and a producer for {@code topic}. */
    public static IndexingEvents start(String topic, String alias, ApplicationContext context) {
        context.getBean(SearchIndexRebuild.class).ensureIndex();
        return new IndexingEvents(topic, alias, context);
    }

    /** A CloudEvent in Kafka binary mode, as the platform's outbox sends it; its id is the JSON's {@code eventId}. */
    public void send(String source, String key, String type, String json) throws Exception {
        Matcher eventId = EVENT_ID.matcher(json);
        if (!eventId.find()) {
            throw new IllegalArgumentException("an event without eventId: " + json);
        }
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, json.getBytes(StandardCharsets.UTF_8));
        record.headers()
            .add("ce_specversion", bytes("1.0"))
            .add("ce_id", bytes(eventId.group(1)))
            .add("ce_source", bytes(source))
            .add("ce_type", bytes(type))
            .add("ce_time", bytes("2026-03-10T01:00:00Z"))
            .add("ce_subject", bytes(key))
            .add("content-type", bytes("application/json"));
        producer.send(record).get();
    }

    /** The hit with {@code id} among the results for {@code words}, once the listener indexed it (at most 20 s). */
    public SearchResults.Hit awaitHit(String words, String id) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> {
            index.refresh(alias);
            return search.search(SearchQuery.of(words)).hits().stream().filter(h -> h.id().equals(id)).findFirst()
                .orElse(null);
        }, hit -> hit != null);
    }

    public boolean exists(String id) throws IOException {
        return client.exists(e -> e.index(alias).id(id)).value();
    }

    @Override
    public void close() throws Exception {
        producer.close();
        TestIndices.deleteAll(client, alias);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP))) {
            admin.deleteTopics(List.of(topic, topic + ".DLT"));
        }
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
