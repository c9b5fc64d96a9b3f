package io.zhengtong.portal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.zhengtong.platform.problem.DomainRuleViolation;
import io.zhengtong.platform.test.DemoAccounts;
import io.zhengtong.platform.test.IntegrationTest;
import io.zhengtong.platform.test.KeycloakTokens;

/**
 * An administrator rebuilds the site index from the source of truth while visitors keep
 * searching, and changes arriving meanwhile are not lost.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchIndexRebuildIT {

    static final String ALIAS = TestIndices.randomAlias();

    @DynamicPropertySource
    static void ownAlias(DynamicPropertyRegistry registry) {
        registry.add("zhengtong.search.alias", () -> ALIAS);
    }

    /** A source of guides whose content the test changes, and which it can hold half-way through a rebuild. */
    static class Guides implements SearchSource {

        final List<SearchDocument> documents = new CopyOnWriteArrayList<>();
        volatile CountDownLatch reading = new CountDownLatch(0);
        volatile CountDownLatch release = new CountDownLatch(0);

        @Override
        public String type() {
            return "guide";
        }

        @Override
        public Stream<SearchDocument> documents() {
            reading.countDown();
            try {
                release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return List.copyOf(documents).stream();
        }
    }

    @TestConfiguration
    static class Sources {
        @Bean
        Guides guides() {
            return new Guides();
        }
    }

    @Autowired
    Guides guides;

    @Autowired
    SearchIndexRebuild rebuild;

    @Autowired
    SearchIndexing indexing;

    @Autowired
    SiteIndex index;

    @Autowired
    SiteSearch search;

    @Autowired
    ElasticsearchClient client;

    @Autowired
    SearchIndexNightlyRebuild nightly;

    @LocalServerPort
    int port;

    @BeforeAll
    void anIndexExists() {
        rebuild.ensureIndex();
    }

    @AfterAll
    void deleteTheTestIndices() throws IOException {
        TestIndices.deleteAll(client, ALIAS);
    }

    @Test
    void documentsOfTheSourcesAppearAfterARebuildAndTheAliasPointsAtTheNewIndexAlone() throws IOException {
        guides.documents.clear();
        guides.documents.add(guide("guide-1", "户籍迁移办事指南"));
        guides.documents.add(guide("guide-2", "营业执照办理指南"));
        var before = index.indicesBehindAlias();

        SearchIndexRebuild.Report report = rebuild.rebuild();

        assertThat(report.documentsByType()).containsEntry("guide", 2);
        assertThat(report.previousIndices()).isEqualTo(before);
        assertThat(index.indicesBehindAlias()).containsExactly(report.index());
        assertThat(TestIndices.concreteIndices(client, ALIAS)).containsExactly(report.index());
        assertThat(search.search(SearchQuery.of("办事指南")).hits()).extracting(SearchResults.Hit::id)
            .containsExactly("guide-1");
        assertThat(search.search(SearchQuery.of("营业执照")).hits().getFirst().typeLabel()).isEqualTo("办事指南");
    }

    @Test
    void searchingKeepsAnsweringDuringARebuildAndChangesMadeMeanwhileSurviveIt() throws Exception {
        guides.documents.clear();
        guides.documents.add(guide("guide-old", "老年人优待证办理"));
        guides.documents.add(guide("guide-withdrawn", "旧版社保卡补办流程"));
        rebuild.rebuild();

        guides.reading = new CountDownLatch(1);
        guides.release = new CountDownLatch(1);
        CompletableFuture<SearchIndexRebuild.Report> running = CompletableFuture.supplyAsync(rebuild::rebuild);
        try {
            assertThat(guides.reading.await(20, TimeUnit.SECONDS)).isTrue();
            assertThat(rebuild.isRunning()).isTrue();

            // Visitors still search the old index.
            assertThat(search.search(SearchQuery.of("优待证")).hits()).extracting(SearchResults.Hit::id)
                .containsExactly("guide-old");
            // Events arrive while the source has already been read: a new guide, a withdrawal.
            indexing.put(guide("guide-new", "新生儿医保参保登记"));
            indexing.remove("guide-withdrawn");
            indexing.remove("guide-never-indexed");
            // A second rebuild at the same time is refused.
            assertThatThrownBy(rebuild::rebuild).isInstanceOf(DomainRuleViolation.class);
        } finally {
            guides.release.countDown();
        }
        SearchIndexRebuild.Report report = running.get(60, TimeUnit.SECONDS);

        assertThat(report.changesReapplied()).isEqualTo(3);
        assertThat(index.indicesBehindAlias()).containsExactly(report.index());
        assertThat(search.search(SearchQuery.of("医保参保")).hits()).extracting(SearchResults.Hit::id)
            .containsExactly("guide-new");
        assertThat(search.search(SearchQuery.of("社保卡")).hits()).isEmpty();
        assertThat(search.search(SearchQuery.of("优待证")).hits()).extracting(SearchResults.Hit::id)
            .containsExactly("guide-old");
    }

    @Test
    void aDocumentWhoseSourceVanishedWithoutAnEventIsGoneAfterTheNightlyRebuild() {
        guides.documents.clear();
        guides.documents.add(guide("guide-kept", "残疾人证办理指南"));
        rebuild.rebuild();
        // e.g. the demo data seeded again over a kept index: the index holds a guide no source has
        index.putThroughAlias(guide("guide-orphan", "残疾人两项补贴申领指南"));
        index.refresh(ALIAS);
        assertThat(search.search(guidesAbout("残疾人")).hits()).extracting(SearchResults.Hit::id)
            .containsExactlyInAnyOrder("guide-kept", "guide-orphan");

        nightly.rebuildNightly();

        assertThat(search.search(guidesAbout("残疾人")).hits()).extracting(SearchResults.Hit::id)
            .containsExactly("guide-kept");
    }

    /**
     * Service guides only: the portal's copy of published letters (from other tests, or mailbox
     * events on a shared Kafka) is rebuilt into the index too.
     */
    private static SearchQuery guidesAbout(String text) {
        return new SearchQuery(text, "guide", null, null, null, SearchOrder.RELEVANCE, 0, 20);
    }

    @Test
    void onlyAPlatformAdministratorMayRebuildThroughTheEndpoint() {
        ResponseEntity<Map<String, Object>> asAdmin = rebuildAs("ma.jun");
        ResponseEntity<Map<String, Object>> asEditor = rebuildAs(DemoAccounts.COUNTY_OFFICE_EDITOR);
        ResponseEntity<Map<String, Object>> anonymous = RestClient.create("http://127.0.0.1:" + port).post()
            .uri("/api/portal/search/rebuild").retrieve().onStatus(status -> true, (request, response) -> { })
            .toEntity(new ParameterizedTypeReference<>() { });

        assertThat(asAdmin.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(asAdmin.getBody()).containsKeys("index", "previousIndices", "documentsByType", "documents",
                "durationMillis");
        assertThat((String) asAdmin.getBody().get("index")).startsWith(ALIAS + "-");
        assertThat(asEditor.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private ResponseEntity<Map<String, Object>> rebuildAs(String user) {
        return RestClient.create("http://127.0.0.1:" + port).post()
            .uri("/api/portal/search/rebuild")
            .header("Authorization", "Bearer " + KeycloakTokens.accessToken(user))
            .retrieve()
            .onStatus(status -> true, (request, response) -> { })
            .toEntity(new ParameterizedTypeReference<>() { });
    }

    private static SearchDocument guide(String id, String title) {
        return new SearchDocument(id, "guide", title, title + "：所需材料、办理流程与时限。", "gov-office", "凤县人民政府办公室",
                "办事指南", Instant.parse("2026-02-01T02:00:00Z"), "/guides/" + id);
    }
}
