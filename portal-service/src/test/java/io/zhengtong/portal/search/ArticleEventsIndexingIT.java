package io.zhengtong.portal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.zhengtong.platform.test.IntegrationTest;

/**
 * When an article is published it can be found on the website, when it is withdrawn it cannot:
 * real CloudEvents (binary mode, as the outbox sends them) on a Kafka topic of this test, the
 * real listener, the real Elasticsearch.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArticleEventsIndexingIT {

    static final String ALIAS = TestIndices.randomAlias();
    static final String TOPIC = "portal.articles.test-" + UUID.randomUUID().toString().substring(0, 8);
    static final String BOOTSTRAP = "127.0.0.1:9092";

    @DynamicPropertySource
    static void ownAliasAndTopic(DynamicPropertyRegistry registry) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP))) {
            // One partition: the test relies on the order of records for different articles too.
            admin.createTopics(List.of(new NewTopic(TOPIC, 1, (short) 1))).all().get();
        }
        registry.add("zhengtong.search.alias", () -> ALIAS);
        registry.add("zhengtong.search.article-topic", () -> TOPIC);
        registry.add("zhengtong.search.consumer-group", () -> "portal-search-" + TOPIC);
    }

    @Autowired
    SiteSearch search;

    @Autowired
    SearchIndexRebuild rebuild;

    @Autowired
    SiteIndex index;

    @Autowired
    ElasticsearchClient client;

    KafkaProducer<String, byte[]> producer;

    @BeforeAll
    void start() {
        rebuild.ensureIndex();
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP),
                new StringSerializer(), new ByteArraySerializer());
    }

    @AfterAll
    void cleanUp() throws Exception {
        producer.close();
        TestIndices.deleteAll(client, ALIAS);
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, BOOTSTRAP))) {
            admin.deleteTopics(List.of(TOPIC, TOPIC + ".DLT"));
        }
    }

    @Test
    void aPublishedArticleCanBeFoundAndAfterItIsWithdrawnItCannot() throws Exception {
        send(published(UUID.randomUUID(), 9001, "县长信箱月度回复情况通报", "本月县长信箱共收到来信四十二件，已全部办结。"));

        SearchResults.Hit hit = awaitHit("信箱", "article-9001");
        assertThat(hit.title()).isEqualTo("县长信箱月度回复情况通报");
        assertThat(hit.titleHighlighted()).isEqualTo("县长<em>信箱</em>月度回复情况通报");
        assertThat(hit.unitCode()).isEqualTo("gov-office");
        assertThat(hit.unitName()).isEqualTo("凤县人民政府办公室");
        assertThat(hit.channel()).isEqualTo("政务要闻");
        assertThat(hit.url()).isEqualTo("/articles/9001");
        assertThat(hit.publishedAt()).isEqualTo(Instant.parse("2026-03-10T01:00:00Z"));

        send(withdrawn(UUID.randomUUID(), 9001));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(exists("article-9001")).isFalse());
        index.refresh(ALIAS);
        assertThat(search.search(SearchQuery.of("县长信箱")).hits()).extracting(SearchResults.Hit::id)
            .doesNotContain("article-9001");
    }

    @Test
    void anEditedArticlePublishedAgainReplacesItsEntry() throws Exception {
        send(published(UUID.randomUUID(), 9002, "旅游季活动安排", "第一版"));
        awaitHit("旅游季", "article-9002");

        send(published(UUID.randomUUID(), 9002, "旅游季活动安排（更新）", "第二版"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            index.refresh(ALIAS);
            assertThat(search.search(SearchQuery.of("旅游季")).hits()).singleElement()
                .satisfies(hit -> assertThat(hit.title()).isEqualTo("旅游季活动安排（更新）"));
        });
    }

    @Test
    void theSameEventDeliveredTwiceIsAppliedOnce() throws Exception {
        UUID publishedOnce = UUID.randomUUID();
        send(published(publishedOnce, 9003, "公文交换系统升级公告", "升级期间暂停公文交换。"));
        awaitHit("公文交换", "article-9003");
        send(withdrawn(UUID.randomUUID(), 9003));
        // The outbox may send an event again (resubmission): the repeat must not bring the article back.
        send(published(publishedOnce, 9003, "公文交换系统升级公告", "升级期间暂停公文交换。"));
        // A later event on the same (single-partition) topic: once it is applied, the repeat was handled.
        send(published(UUID.randomUUID(), 9004, "标记文章", "标记"));
        awaitHit("标记文章", "article-9004");

        assertThat(exists("article-9003")).isFalse();
    }

    private SearchResults.Hit awaitHit(String words, String id) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> {
            index.refresh(ALIAS);
            return search.search(SearchQuery.of(words)).hits().stream().filter(h -> h.id().equals(id)).findFirst()
                .orElse(null);
        }, hit -> hit != null);
    }

    private boolean exists(String id) throws IOException {
        return client.exists(e -> e.index(ALIAS).id(id)).value();
    }

    record Event(UUID id, String type, long articleId, String json) {
    }

    static Event published(UUID eventId, long articleId, String title, String body) {
        String json = """
                {"eventId":"%s","aggregateId":"%d","occurredAt":"2026-03-10T01:00:00Z","articleId":%d,
                 "title":"%s","summary":"摘要","bodyText":"%s","channelCode":"news","channelName":"政务要闻",
                 "unitCode":"gov-office","unitName":"凤县人民政府办公室","publishedAt":"2026-03-10T01:00:00Z",
                 "url":"/articles/%d","futureField":"ignored"}""".formatted(eventId, articleId, articleId, title, body,
                articleId);
        return new Event(eventId, ArticleEvents.PUBLISHED, articleId, json);
    }

    static Event withdrawn(UUID eventId, long articleId) {
        String json = """
                {"eventId":"%s","aggregateId":"%d","occurredAt":"2026-03-11T01:00:00Z","articleId":%d,"reason":"内容过期"}"""
            .formatted(eventId, articleId, articleId);
        return new Event(eventId, ArticleEvents.WITHDRAWN, articleId, json);
    }

    /** A CloudEvent in Kafka binary mode, as the platform's outbox sends it. */
    void send(Event event) throws Exception {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(TOPIC, Long.toString(event.articleId()),
                event.json().getBytes(StandardCharsets.UTF_8));
        record.headers()
            .add("ce_specversion", bytes("1.0"))
            .add("ce_id", bytes(event.id().toString()))
            .add("ce_source", bytes("/zhengtong/portal"))
            .add("ce_type", bytes(event.type()))
            .add("ce_time", bytes("2026-03-10T01:00:00Z"))
            .add("ce_subject", bytes(Long.toString(event.articleId())))
            .add("content-type", bytes("application/json"));
        producer.send(record).get();
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
