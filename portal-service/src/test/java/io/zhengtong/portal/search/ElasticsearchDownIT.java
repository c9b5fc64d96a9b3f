package io.zhengtong.portal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;

import io.zhengtong.platform.events.RetryLater;
import io.zhengtong.platform.test.IntegrationTest;
import io.zhengtong.platform.test.KeycloakTokens;

/**
 * Elasticsearch is down (the client points at a port where nothing listens): the service still
 * starts, a search is answered with a clear 503 problem instead of an error page, and an article
 * event is kept for later instead of being lost or dead-lettered.
 */
@IntegrationTest
@TestPropertySource(properties = { "spring.elasticsearch.uris=http://127.0.0.1:1",
        "zhengtong.search.alias=zhengtong-site-test-down", "zhengtong.search.article-topic=portal.articles.test-unused" })
class ElasticsearchDownIT {

    @LocalServerPort
    int port;

    @Autowired
    ArticleSearchIndexer indexer;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSearchIsAnsweredWithA503ProblemInChineseAndARetryAfter() {
        ResponseEntity<Map<String, Object>> response = http().get()
            .uri("/api/portal/public/search?q={q}", "信箱")
            .retrieve()
            .onStatus(status -> true, (request, answer) -> { })
            .toEntity(new ParameterizedTypeReference<>() { });

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(response.getHeaders().getFirst("Retry-After")).isEqualTo("30");
        assertThat(response.getBody()).containsEntry("title", "站内搜索暂时不可用")
            .containsEntry("status", 503)
            .containsEntry("type", "urn:zhengtong:problem:search-unavailable")
            .containsEntry("retryAfterSeconds", 30);
    }

    @Test
    void aBlankSearchStillAnswersWithAnEmptyResult() {
        ResponseEntity<Map<String, Object>> response = http().get()
            .uri("/api/portal/public/search?q=")
            .retrieve()
            .toEntity(new ParameterizedTypeReference<>() { });

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(response.getBody()).containsEntry("total", 0);
    }

    @Test
    void aRebuildIsAnswered503Too() {
        // The service's own attempt to create the index may be under way (409) for a moment.
        ResponseEntity<Map<String, Object>> response = await().atMost(java.time.Duration.ofSeconds(30))
            .until(() -> http().post()
                .uri("/api/portal/search/rebuild")
                .header("Authorization", "Bearer " + KeycloakTokens.accessToken("ma.jun"))
                .retrieve()
                .onStatus(status -> true, (request, answer) -> { })
                .toEntity(new ParameterizedTypeReference<Map<String, Object>>() { }),
                answer -> answer.getStatusCode() != HttpStatus.CONFLICT);

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(response.getBody()).containsEntry("title", "站内搜索暂时不可用");
    }

    @Test
    void aPublishedArticleEventIsRetriedLaterAndNotMarkedAsProcessed() {
        String eventId = UUID.randomUUID().toString();
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>("portal.articles", 0, 0, "77",
                ArticleEventsIndexingIT.published(UUID.fromString(eventId), 77, "停电通知", "正文").json()
                    .getBytes(StandardCharsets.UTF_8));
        record.headers()
            .add("ce_specversion", bytes("1.0"))
            .add("ce_id", bytes(eventId))
            .add("ce_source", bytes("/zhengtong/portal"))
            .add("ce_type", bytes(ArticleEvents.PUBLISHED))
            .add("content-type", bytes("application/json"));

        assertThatThrownBy(() -> indexer.on(record)).isInstanceOf(RetryLater.class);
        // Rolled back with the failed indexing, so the retry applies it when Elasticsearch is back.
        assertThat(jdbc.queryForObject("select count(*) from processed_event where consumer = ? and event_id = ?",
                Integer.class, ArticleSearchIndexer.CONSUMER, eventId)).isZero();
        assertThatThrownBy(() -> indexer.on(record)).isInstanceOf(RetryLater.class);
    }

    /**
     * The JDK's HTTP client: Apache HttpClient 5 (on the classpath for Elasticsearch) would obey
     * the Retry-After of the 503 and silently ask again 30 s later.
     */
    private RestClient http() {
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port)
            .requestFactory(new JdkClientHttpRequestFactory()).build();
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
