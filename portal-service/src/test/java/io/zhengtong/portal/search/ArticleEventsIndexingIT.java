package io.zhengtong.portal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

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

    @DynamicPropertySource
    static void ownAliasAndTopic(DynamicPropertyRegistry registry) throws Exception {
        IndexingEvents.createTopic(TOPIC);
        registry.add("zhengtong.search.alias", () -> ALIAS);
        registry.add("zhengtong.search.article-topic", () -> TOPIC);
        registry.add("zhengtong.search.consumer-group", () -> "portal-search-" + TOPIC);
    }

    @Autowired
    SiteSearch search;

    @Autowired
    SiteIndex index;

    @Autowired
    ApplicationContext context;

    IndexingEvents events;

    @BeforeAll
    void start() {
        events = IndexingEvents.start(TOPIC, ALIAS, context);
    }

    @AfterAll
    void cleanUp() throws Exception {
        events.close();
    }

    @Test
    void aPublishedArticleCanBeFoundAndAfterItIsWithdrawnItCannot() throws Exception {
        send(published(UUID.randomUUID(), 9001, "县长信箱月度回复情况通报", "本月县长信箱共收到来信四十二件，已全部办结。"));

        SearchResults.Hit hit = events.awaitHit("信箱", "article-9001");
        assertThat(hit.title()).isEqualTo("县长信箱月度回复情况通报");
        assertThat(hit.titleHighlighted()).isEqualTo("县长<em>信箱</em>月度回复情况通报");
        assertThat(hit.unitCode()).isEqualTo("gov-office");
        assertThat(hit.unitName()).isEqualTo("凤县人民政府办公室");
        assertThat(hit.channel()).isEqualTo("政务要闻");
        assertThat(hit.url()).isEqualTo("/articles/9001");
        assertThat(hit.publishedAt()).isEqualTo(Instant.parse("2026-03-10T01:00:00Z"));

        send(withdrawn(UUID.randomUUID(), 9001));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(events.exists("article-9001")).isFalse());
        index.refresh(ALIAS);
        assertThat(search.search(SearchQuery.of("县长信箱")).hits()).extracting(SearchResults.Hit::id)
            .doesNotContain("article-9001");
    }

    @Test
    void anEditedArticlePublishedAgainReplacesItsEntry() throws Exception {
        send(published(UUID.randomUUID(), 9002, "旅游季活动安排", "第一版"));
        events.awaitHit("旅游季", "article-9002");

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
        events.awaitHit("公文交换", "article-9003");
        send(withdrawn(UUID.randomUUID(), 9003));
        // The outbox may send an event again (resubmission): the repeat must not bring the article back.
        send(published(publishedOnce, 9003, "公文交换系统升级公告", "升级期间暂停公文交换。"));
        // A later event on the same (single-partition) topic: once it is applied, the repeat was handled.
        send(published(UUID.randomUUID(), 9004, "标记文章", "标记"));
        events.awaitHit("标记文章", "article-9004");

        assertThat(events.exists("article-9003")).isFalse();
    }

    record Event(String type, long articleId, String json) {
    }

    static Event published(UUID eventId, long articleId, String title, String body) {
        String json = """
                {"eventId":"%s","aggregateId":"%d","occurredAt":"2026-03-10T01:00:00Z","articleId":%d,
                 "title":"%s","summary":"摘要","bodyText":"%s","channelCode":"news","channelName":"政务要闻",
                 "unitCode":"gov-office","unitName":"凤县人民政府办公室","publishedAt":"2026-03-10T01:00:00Z",
                 "url":"/articles/%d","futureField":"ignored"}""".formatted(eventId, articleId, articleId, title, body,
                articleId);
        return new Event(ArticleEvents.PUBLISHED, articleId, json);
    }

    static Event withdrawn(UUID eventId, long articleId) {
        String json = """
                {"eventId":"%s","aggregateId":"%d","occurredAt":"2026-03-11T01:00:00Z","articleId":%d,"reason":"内容过期"}"""
            .formatted(eventId, articleId, articleId);
        return new Event(ArticleEvents.WITHDRAWN, articleId, json);
    }

    void send(Event event) throws Exception {
        events.send("/zhengtong/portal", Long.toString(event.articleId()), event.type(), event.json());
    }
}
