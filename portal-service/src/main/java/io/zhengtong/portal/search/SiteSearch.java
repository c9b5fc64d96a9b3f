package io.zhengtong.portal.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch.core.SearchResponse;
import co.elastic.clients.elasticsearch.core.search.Hit;

/**
 * The unified site search (站内统一搜索) over everything public on the website: the REST endpoint
 * and the website's search page both call {@link #search(SearchQuery)}.
 */
@Service
public class SiteSearch {

    private final ElasticsearchClient client;
    private final SiteIndex index;

    public SiteSearch(ElasticsearchClient client, SiteIndex index) {
        this.client = client;
        this.index = index;
    }

    /**
     * One page of results with highlights and facets. A blank query gives an empty result
     * without asking Elasticsearch.
     *
     * @throws SearchUnavailable when Elasticsearch cannot be reached (answer 503 / a friendly message)
     */
    public SearchResults search(SearchQuery query) {
        if (SiteQueries.words(query.text()).isEmpty()) {
            return SearchResults.empty(query);
        }
        SearchResponse<SearchDocument> response = SiteIndex.call("search",
                () -> client.search(SiteQueries.request(index.alias(), query), SearchDocument.class));
        long total = response.hits().total() == null ? response.hits().hits().size() : response.hits().total().value();
        List<SearchResults.Hit> hits = response.hits().hits().stream().map(SiteSearch::toHit).toList();
        int totalPages = (int) Math.min(Integer.MAX_VALUE, (total + query.size() - 1) / query.size());
        SearchResults.Facets facets = new SearchResults.Facets(
                facet(response.aggregations().get(SiteQueries.TYPES), false),
                facet(response.aggregations().get(SiteQueries.UNITS), true));
        return new SearchResults(query.text(), total, query.page(), query.size(), totalPages, hits, facets);
    }

    static SearchResults.Hit toHit(Hit<SearchDocument> hit) {
        SearchDocument document = hit.source();
        Map<String, List<String>> highlights = hit.highlight();
        String title = document == null || document.title() == null ? "" : document.title();
        String titleHighlighted = first(highlights, "title", "title.char")
            .map(IndexedText::toSafeHtml)
            .orElseGet(() -> IndexedText.toSafeHtml(IndexedText.withoutMarks(title)));
        String snippet = first(highlights, "body.char", "body").map(IndexedText::toSafeHtml).orElse("");
        return new SearchResults.Hit(hit.id(), document.type(), SearchTypes.label(document.type()), title,
                titleHighlighted, snippet, document.unitCode(), document.unitName(), document.channel(),
                document.publishedAt(), document.url());
    }

    private static Optional<String> first(Map<String, List<String>> highlights, String... fields) {
        for (String field : fields) {
            List<String> fragments = highlights.get(field);
            if (fragments != null && !fragments.isEmpty()) {
                return Optional.of(String.join("…", fragments));
            }
        }
        return Optional.empty();
    }

    private static List<SearchResults.FacetValue> facet(Aggregate aggregate, boolean units) {
        if (aggregate == null) {
            return List.of();
        }
        return aggregate.filter().aggregations().get(SiteQueries.VALUES).sterms().buckets().array().stream()
            .map(bucket -> new SearchResults.FacetValue(bucket.key().stringValue(), label(bucket, units),
                    bucket.docCount()))
            .toList();
    }

    private static String label(StringTermsBucket bucket, boolean units) {
        String value = bucket.key().stringValue();
        if (!units) {
            return SearchTypes.label(value);
        }
        Aggregate names = bucket.aggregations().get(SiteQueries.UNIT_NAME);
        if (names == null || names.sterms().buckets().array().isEmpty()) {
            return value;
        }
        return names.sterms().buckets().array().getFirst().key().stringValue();
    }
}
