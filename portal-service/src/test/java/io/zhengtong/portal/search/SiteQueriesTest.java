package io.zhengtong.portal.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import co.elastic.clients.json.JsonpUtils;
import co.elastic.clients.json.jackson.Jackson3JsonpMapper;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The Elasticsearch request a search becomes, checked as the JSON sent to the server. */
class SiteQueriesTest {

    @Test
    void wordsAreSeparatedBySpacesIncludingTheChineseSpace() {
        assertThat(SiteQueries.words(" 信箱　公文  旅游 ")).containsExactly("信箱", "公文", "旅游");
    }

    @Test
    void punctuationAloneIsNotAWord() {
        assertThat(SiteQueries.words("，。 ！")).isEmpty();
        assertThat(SiteQueries.words("")).isEmpty();
    }

    @Test
    void chineseCharactersCountOneTokenEachAndLatinWordsOneTokenPerRun() {
        assertThat(SiteQueries.standardTokens("信箱")).isEqualTo(2);
        assertThat(SiteQueries.standardTokens("箱")).isEqualTo(1);
        assertThat(SiteQueries.standardTokens("OA")).isEqualTo(1);
        assertThat(SiteQueries.standardTokens("2008")).isEqualTo(1);
        assertThat(SiteQueries.standardTokens("OA系统")).isEqualTo(3);
        assertThat(SiteQueries.standardTokens("e-government")).isEqualTo(2);
    }

    @Test
    void aTwoCharacterWordMustMatchAllItsBigramsInTitleOrBodyWithTheTitleBoosted() {
        JsonNode match = json(SearchQuery.of("信箱")).at("/query/bool/must/0/multi_match");

        assertThat(match.at("/query").asString()).isEqualTo("信箱");
        assertThat(match.at("/fields").toString()).isEqualTo("[\"title^3\",\"body\"]");
        assertThat(match.at("/operator").asString()).isEqualTo("and");
    }

    @Test
    void aSingleCharacterIsLookedUpInThePerCharacterFieldsBecauseBigramsNeverHoldIt() {
        JsonNode match = json(SearchQuery.of("箱")).at("/query/bool/must/0/multi_match");

        assertThat(match.at("/fields").toString()).isEqualTo("[\"title.char^3\",\"body.char\"]");
    }

    @Test
    void aSingleLatinWordIsLookedUpPerTokenToo() {
        assertThat(json(SearchQuery.of("OA")).at("/query/bool/must/0/multi_match/fields").toString())
            .contains("title.char^3");
    }

    @Test
    void everyWordMustMatch() {
        JsonNode must = json(SearchQuery.of("信箱 箱")).at("/query/bool/must");

        assertThat(must.size()).isEqualTo(2);
        assertThat(must.at("/1/multi_match/query").asString()).isEqualTo("箱");
    }

    @Test
    void relevanceOrderIsScoreThenNewest() {
        JsonNode sort = json(SearchQuery.of("信箱")).at("/sort");

        assertThat(sort.at("/0/_score/order").asString()).isEqualTo("desc");
        assertThat(sort.at("/1/publishedAt/order").asString()).isEqualTo("desc");
    }

    @Test
    void dateOrderIsNewestFirst() {
        JsonNode sort = json(new SearchQuery("信箱", null, null, null, null, SearchOrder.DATE, 0, 10)).at("/sort");

        assertThat(sort.at("/0/publishedAt/order").asString()).isEqualTo("desc");
    }

    @Test
    void pagesStartAtPageTimesSize() {
        JsonNode request = json(new SearchQuery("信箱", null, null, null, null, null, 3, 20));

        assertThat(request.at("/from").asInt()).isEqualTo(60);
        assertThat(request.at("/size").asInt()).isEqualTo(20);
        assertThat(request.at("/track_total_hits").asBoolean()).isTrue();
    }

    @Test
    void theDateRangeRunsFromMidnightInChinaToTheEndOfTheLastDay() {
        JsonNode range = json(new SearchQuery("信箱", null, null, LocalDate.of(2026, 2, 2), LocalDate.of(2026, 2, 2), null,
                0, 10)).at("/query/bool/filter/0/range/publishedAt");

        assertThat(range.at("/gte").asString()).isEqualTo("2026-02-01T16:00:00Z");
        assertThat(range.at("/lt").asString()).isEqualTo("2026-02-02T16:00:00Z");
    }

    @Test
    void anOpenEndedRangeHasOnlyItsStart() {
        JsonNode range = json(new SearchQuery("信箱", null, null, LocalDate.of(2026, 2, 2), null, null, 0, 10))
            .at("/query/bool/filter/0/range/publishedAt");

        assertThat(range.has("gte")).isTrue();
        assertThat(range.has("lt")).isFalse();
    }

    @Test
    void typeAndUnitFilterTheHitsButEachFacetOnlyByTheOtherFilter() {
        JsonNode request = json(new SearchQuery("信箱", "article", "gov-office", null, null, null, 0, 10));

        assertThat(request.at("/post_filter/bool/filter").toString())
            .contains("{\"term\":{\"type\":{\"value\":\"article\"}}}")
            .contains("{\"term\":{\"unitCode\":{\"value\":\"gov-office\"}}}");
        assertThat(request.at("/aggregations/types/filter").toString()).contains("unitCode").doesNotContain("\"type\"");
        assertThat(request.at("/aggregations/units/filter").toString()).contains("\"type\"").doesNotContain("unitCode");
        assertThat(request.at("/aggregations/units/aggregations/values/terms/field").asString()).isEqualTo("unitCode");
    }

    @Test
    void withoutFiltersThereIsNoPostFilterAndFacetsCountEverything() {
        JsonNode request = json(SearchQuery.of("信箱"));

        assertThat(request.has("post_filter")).isFalse();
        assertThat(request.at("/aggregations/types/filter/match_all").isObject()).isTrue();
    }

    @Test
    void highlightsUseMarksTheWebsiteEscapesAndTheBodyIsNotFetched() {
        JsonNode request = json(SearchQuery.of("信箱"));

        assertThat(request.at("/highlight/pre_tags/0").asString()).isEqualTo(IndexedText.HIT_START);
        assertThat(request.at("/highlight/post_tags/0").asString()).isEqualTo(IndexedText.HIT_END);
        assertThat(request.at("/highlight/fields").toString()).contains("title", "body", "body.char");
        assertThat(request.at("/_source/excludes/0").asString()).isEqualTo("body");
    }

    private static JsonNode json(SearchQuery query) {
        String json = JsonpUtils.toJsonString(SiteQueries.request("zhengtong-site", query), new Jackson3JsonpMapper());
        return JsonMapper.builder().build().readTree(json);
    }
}
