package io.zhengtong.portal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.client.RestClient;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import io.zhengtong.platform.test.IntegrationTest;

/**
 * A citizen searching the website for a two-character word finds the county reports that contain
 * it, best match first, the word highlighted; filters, date order and paging work. Runs against
 * the real Elasticsearch, in an alias of its own, filled by the start-up rebuild from the reports.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SiteSearchQualityIT {

    static final String ALIAS = TestIndices.randomAlias();

    @DynamicPropertySource
    static void ownAlias(DynamicPropertyRegistry registry) {
        registry.add("zhengtong.search.alias", () -> ALIAS);
    }

    @Autowired
    SiteSearch search;

    @Autowired
    SearchIndexRebuild rebuild;

    @Autowired
    SearchIndexing indexing;

    @Autowired
    SiteIndex index;

    @Autowired
    ElasticsearchClient client;

    @LocalServerPort
    int port;

    @Autowired
    SearchIndexStartup startup;

    @Autowired
    SearchProperties properties;

    /**
     * The index holds the five reports and nothing else: the service's own start-up rebuild (with
     * the articles other tests left in the shared test database) is let finish, then replaced by
     * a rebuild from the reports alone.
     */
    @BeforeAll
    void theReportsAreIndexed() {
        await().atMost(Duration.ofMinutes(1)).until(startup::indexExists);
        ObjectProvider<SearchSource> reportsOnly = new StaticListableBeanFactory(Map.of("reports", new CountyReports()))
            .getBeanProvider(SearchSource.class);
        new SearchIndexRebuild(index, reportsOnly, properties).rebuild();
        index.refresh(ALIAS);
    }

    @AfterAll
    void deleteTheTestIndices() throws IOException {
        TestIndices.deleteAll(client, ALIAS);
    }

    @Test
    void aSearchFor信箱FindsTheFourReportsThatMentionItTheOneMentioningItOnceLast() {
        SearchResults results = search.search(SearchQuery.of("信箱"));

        assertThat(ids(results)).containsExactlyInAnyOrder("daxian-egov-website", "fengxian-egov-practice",
                "sinan-egov-experience", "wujiaqu-egov");
        assertThat(ids(results).getLast()).isEqualTo("fengxian-egov-practice");
        assertThat(results.hits()).allSatisfy(hit -> assertThat(hit.snippetHighlighted()).contains("<em>信箱</em>"));
        assertThat(results.total()).isEqualTo(4);
    }

    @Test
    void aSearchFor公文PutsTheReportUsingItMostFirstAndLeavesOutTheOneWithoutIt() {
        SearchResults results = search.search(SearchQuery.of("公文"));

        assertThat(ids(results)).hasSize(4).doesNotContain("sinan-egov-experience");
        assertThat(ids(results).getFirst()).isEqualTo("pingliang-egov-experience");
        assertThat(results.hits().getFirst().snippetHighlighted()).contains("<em>公文</em>");
    }

    @Test
    void aSearchFor旅游PutsFengxianWithItsTourismFirst() {
        SearchResults results = search.search(SearchQuery.of("旅游"));

        assertThat(ids(results)).containsExactlyInAnyOrder("fengxian-egov-practice", "pingliang-egov-experience",
                "sinan-egov-experience");
        assertThat(ids(results).getFirst()).isEqualTo("fengxian-egov-practice");
    }

    @Test
    void aWordInTheTitleIsHighlightedInTheTitle() {
        SearchResults results = search.search(SearchQuery.of("网站"));

        SearchResults.Hit daxian = hit(results, "daxian-egov-website");
        assertThat(daxian.title()).isEqualTo("建好电子政务网站　提高政务信息化水平");
        assertThat(daxian.titleHighlighted()).isEqualTo("建好电子政务<em>网站</em>　提高政务信息化水平");
        assertThat(ids(results).getFirst()).isEqualTo("daxian-egov-website");
    }

    @Test
    void aSingleCharacterFindsTheReportsContainingThatCharacter() {
        SearchResults results = search.search(SearchQuery.of("箱"));

        assertThat(ids(results)).containsExactlyInAnyOrder("daxian-egov-website", "fengxian-egov-practice",
                "sinan-egov-experience", "wujiaqu-egov");
        assertThat(results.hits()).allSatisfy(hit -> assertThat(hit.snippetHighlighted()).contains("<em>箱</em>"));
    }

    @Test
    void twoWordsMustBothOccur() {
        SearchResults results = search.search(SearchQuery.of("信箱 旅游"));

        assertThat(ids(results)).containsExactlyInAnyOrder("fengxian-egov-practice", "sinan-egov-experience");
    }

    @Test
    void aWordNoReportContainsFindsNothing() {
        SearchResults results = search.search(SearchQuery.of("澄泓"));

        assertThat(results.total()).isZero();
        assertThat(results.hits()).isEmpty();
        assertThat(results.totalPages()).isZero();
    }

    @Test
    void aBlankSearchIsAnEmptyResult() {
        SearchResults results = search.search(SearchQuery.of("  "));

        assertThat(results.total()).isZero();
        assertThat(results.hits()).isEmpty();
    }

    @Test
    void theUnitFilterKeepsOnlyThatUnitsReportsWhileTheUnitFacetStillCountsTheOthers() {
        SearchResults results = search.search(query("信箱", null, CountyReports.OFFICE, null, null, null, 0, 10));

        assertThat(ids(results)).containsExactlyInAnyOrder("daxian-egov-website", "fengxian-egov-practice");
        assertThat(results.facets().units()).containsExactlyInAnyOrder(
                new SearchResults.FacetValue(CountyReports.OFFICE, CountyReports.OFFICE_NAME, 2),
                new SearchResults.FacetValue(CountyReports.TOURISM, CountyReports.TOURISM_NAME, 2));
        assertThat(results.facets().types()).containsExactly(new SearchResults.FacetValue("article", "新闻动态", 2));
    }

    @Test
    void theTypeFilterForAnotherTypeFindsNothingButTheTypeFacetShowsWhereTheHitsAre() {
        SearchResults results = search.search(query("信箱", "guide", null, null, null, null, 0, 10));

        assertThat(results.hits()).isEmpty();
        assertThat(results.facets().types()).containsExactly(new SearchResults.FacetValue("article", "新闻动态", 4));
    }

    @Test
    void theDateRangeCountsDaysInChina() {
        // pingliang was published 2026-02-01T16:30Z, i.e. 2 February in China.
        SearchResults second = search.search(query("政务", null, null, LocalDate.of(2026, 2, 2),
                LocalDate.of(2026, 2, 2), null, 0, 10));
        SearchResults first = search.search(query("政务", null, null, LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 2, 1), null, 0, 10));
        SearchResults january = search.search(query("政务", null, null, null, LocalDate.of(2026, 1, 31), null, 0, 10));

        assertThat(ids(second)).containsExactly("pingliang-egov-experience");
        assertThat(first.hits()).isEmpty();
        assertThat(ids(january)).containsExactlyInAnyOrder("fengxian-egov-practice", "daxian-egov-website");
    }

    @Test
    void dateOrderPutsTheNewestFirst() {
        SearchResults results = search.search(query("政务", null, null, null, null, SearchOrder.DATE, 0, 10));

        assertThat(ids(results)).containsExactly("wujiaqu-egov", "sinan-egov-experience", "pingliang-egov-experience",
                "daxian-egov-website", "fengxian-egov-practice");
        assertThat(results.hits().stream().map(SearchResults.Hit::publishedAt).toList()).isSortedAccordingTo(
                java.util.Comparator.<Instant>reverseOrder());
    }

    @Test
    void pagesOfTwoShowAllFiveReportsOnceOnThreePages() {
        List<String> seen = new java.util.ArrayList<>();
        for (int page = 0; page < 3; page++) {
            SearchResults results = search.search(query("政务", null, null, null, null, null, page, 2));
            assertThat(results.total()).isEqualTo(5);
            assertThat(results.totalPages()).isEqualTo(3);
            assertThat(results.page()).isEqualTo(page);
            seen.addAll(ids(results));
        }
        assertThat(seen).hasSize(5).doesNotHaveDuplicates();
        assertThat(search.search(query("政务", null, null, null, null, null, 3, 2)).hits()).isEmpty();
    }

    @Test
    void aTitleWithMarkupIsShownAsTextWithOnlyTheHitEmphasised() {
        indexing.put(new SearchDocument("article-xss", "article", "<script>alert('x')</script>澄泓 & 公告",
                "正文<b>加粗</b>，澄泓。", CountyReports.OFFICE, CountyReports.OFFICE_NAME, "通知公告",
                Instant.parse("2026-03-05T02:00:00Z"), "/articles/xss"));
        index.refresh(ALIAS);
        try {
            SearchResults.Hit hit = search.search(SearchQuery.of("澄泓")).hits().getFirst();

            assertThat(hit.title()).isEqualTo("<script>alert('x')</script>澄泓 & 公告");
            assertThat(hit.titleHighlighted())
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;<em>澄泓</em> &amp; 公告");
            assertThat(hit.snippetHighlighted()).isEqualTo("正文&lt;b&gt;加粗&lt;/b&gt;，<em>澄泓</em>。");
        } finally {
            indexing.remove("article-xss");
            index.refresh(ALIAS);
        }
    }

    @Test
    void theEndpointAnswersAnonymousVisitorsWithResultsFacetsAndPaging() {
        ResponseEntity<Map<String, Object>> response = http().get()
            .uri("/api/portal/public/search?q={q}&unit={unit}&sort=date&page=0&size=1", "信箱", CountyReports.OFFICE)
            .retrieve()
            .toEntity(new ParameterizedTypeReference<>() { });

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        Map<String, Object> body = response.getBody();
        assertThat(body).containsEntry("query", "信箱").containsEntry("total", 2).containsEntry("page", 0)
            .containsEntry("size", 1).containsEntry("totalPages", 2);
        @SuppressWarnings("unchecked")
        Map<String, Object> hit = ((List<Map<String, Object>>) body.get("hits")).getFirst();
        assertThat(hit).containsEntry("id", "article-daxian-egov-website").containsEntry("type", "article")
            .containsEntry("typeLabel", "新闻动态").containsEntry("unitCode", CountyReports.OFFICE)
            .containsEntry("unitName", CountyReports.OFFICE_NAME).containsEntry("channel", "工作动态")
            .containsEntry("url", "/articles/daxian-egov-website")
            .containsKeys("title", "titleHighlighted", "snippetHighlighted", "publishedAt");
        assertThat((String) hit.get("snippetHighlighted")).contains("<em>信箱</em>");
        assertThat(body.get("facets")).isInstanceOf(Map.class);
    }

    @Test
    void badParametersAreAnsweredWithAChineseProblemPerField() {
        ResponseEntity<Map<String, Object>> response = http().get()
            .uri("/api/portal/public/search?q=x&page=-1&size=51&from=2026-03-01&to=2026-02-01&sort=best")
            .retrieve()
            .onStatus(status -> true, (request, answer) -> { })
            .toEntity(new ParameterizedTypeReference<>() { });

        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(response.getHeaders().getContentType()).hasToString("application/problem+json");
        assertThat(response.getBody()).containsEntry("title", "请求参数有误");
        assertThat(response.getBody().get("errors").toString())
            .contains("field=page, message=页码必须是不小于0的整数")
            .contains("field=size, message=每页条数必须在1到50之间")
            .contains("field=from, message=开始日期不能晚于结束日期")
            .contains("field=sort");
    }

    private RestClient http() {
        return RestClient.create("http://127.0.0.1:" + port);
    }

    private static SearchQuery query(String text, String type, String unit, LocalDate from, LocalDate to,
            SearchOrder order, int page, int size) {
        return new SearchQuery(text, type, unit, from, to, order, page, size);
    }

    private static List<String> ids(SearchResults results) {
        return results.hits().stream().map(hit -> hit.id().substring("article-".length())).toList();
    }

    private static SearchResults.Hit hit(SearchResults results, String report) {
        return results.hits().stream().filter(h -> h.id().equals(CountyReports.id(report))).findFirst().orElseThrow();
    }
}
