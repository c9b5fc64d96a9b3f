package io.zhengtong.portal.search.letter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
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
import io.zhengtong.portal.search.IndexingEvents;
import io.zhengtong.portal.search.SearchIndexRebuild;
import io.zhengtong.portal.search.SearchQuery;
import io.zhengtong.portal.search.SearchResults;
import io.zhengtong.portal.search.SiteIndex;
import io.zhengtong.portal.search.SiteSearch;
import io.zhengtong.portal.search.TestIndices;

/**
 * A letter the mailbox publishes (选登) can be found with the site search, under its own type,
 * and survives a rebuild of the index; once taken down it cannot be found, not even after a
 * rebuild. Real CloudEvents on a Kafka topic of this test, as the mailbox's outbox sends them.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublishedLetterIndexingIT {

    static final String ALIAS = TestIndices.randomAlias();
    static final String TOPIC = "mailbox.letters.test-" + UUID.randomUUID().toString().substring(0, 8);

    @DynamicPropertySource
    static void ownAliasAndTopic(DynamicPropertyRegistry registry) throws Exception {
        IndexingEvents.createTopic(TOPIC);
        registry.add("zhengtong.search.alias", () -> ALIAS);
        registry.add("zhengtong.search.letter-topic", () -> TOPIC);
        registry.add("zhengtong.search.letter-consumer-group", () -> "portal-search-letters-" + TOPIC);
    }

    @Autowired
    SiteSearch search;

    @Autowired
    SearchIndexRebuild rebuild;

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
    void aPublishedLetterIsFoundAsALetterAndOnceTakenDownItIsGoneEvenAfterARebuild() throws Exception {
        String letterId = UUID.randomUUID().toString();
        String documentId = "letter-" + letterId;
        // Another letter event on the same topic: the search skips it.
        send(letterId, "zhengtong.mailbox.letter.replied.v1", "{\"eventId\":\"%s\",\"aggregateId\":\"%s\"}"
            .formatted(UUID.randomUUID(), letterId));
        send(letterId, PublishedLetterEvents.PUBLISHED, published(letterId));

        SearchResults.Hit hit = events.awaitHit("路灯", documentId);
        assertThat(hit.type()).isEqualTo("letter");
        assertThat(hit.typeLabel()).isEqualTo("信件选登");
        assertThat(hit.title()).isEqualTo("双石铺镇路灯不亮");
        assertThat(hit.url()).isEqualTo("/mailbox/letters/" + letterId);
        assertThat(hit.unitCode()).isEqualTo("housing");
        assertThat(hit.channel()).isEqualTo("信访局信箱");
        // The answer is searchable too, and the facets offer the new type.
        assertThat(search.search(SearchQuery.of("施工队")).hits()).extracting(SearchResults.Hit::id).contains(documentId);
        assertThat(search.search(SearchQuery.of("路灯")).facets().types())
            .anySatisfy(type -> assertThat(type.label()).isEqualTo("信件选登"));

        // A rebuild puts it back from the portal's own copy.
        rebuild.rebuild();
        assertThat(events.exists(documentId)).isTrue();

        send(letterId, PublishedLetterEvents.UNPUBLISHED, """
                {"eventId":"%s","aggregateId":"%s","occurredAt":"2026-03-12T01:00:00Z","letterId":"%s","reason":"内容已过时"}"""
            .formatted(UUID.randomUUID(), letterId, letterId));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(events.exists(documentId)).isFalse());

        rebuild.rebuild();
        index.refresh(ALIAS);
        assertThat(events.exists(documentId)).isFalse();
        assertThat(search.search(SearchQuery.of("路灯")).hits()).extracting(SearchResults.Hit::id).doesNotContain(documentId);
    }

    static String published(String letterId) {
        return """
                {"eventId":"%s","aggregateId":"%s","occurredAt":"2026-03-10T01:00:00Z",
                 "letter":{"id":"%s","subject":"双石铺镇路灯不亮","content":"我是李**，电话139****5678，小区路灯两周不亮。",
                  "type":"COMPLAINT","typeLabel":"投诉","mailbox":"信访局信箱","writer":"李**","submittedOn":"2026-03-02",
                  "reply":"已安排施工队维修，路灯已恢复。","repliedOn":"2026-03-09","unitName":"凤县住房和城乡建设局"},
                 "mailboxCode":"petition","unitCode":"housing","publishedAt":"2026-03-10T01:00:00Z",
                 "url":"/mailbox/letters/%s","futureField":"ignored"}""".formatted(UUID.randomUUID(), letterId, letterId,
                letterId);
    }

    void send(String key, String type, String json) throws Exception {
        events.send("/zhengtong/mailbox", key, type, json);
    }
}
