package io.zhengtong.portal.search;

import java.time.Instant;
import java.util.List;

/**
 * One page of site search results, ready to render. The {@code *Highlighted} fields are safe
 * HTML: everything is escaped except the {@code <em>} around matched words.
 *
 * @param query      the words searched for, as given (trimmed)
 * @param total      how many documents match (with the filters)
 * @param totalPages pages of {@code size} results
 */
public record SearchResults(String query, long total, int page, int size, int totalPages, List<Hit> hits,
        Facets facets) {

    /**
     * @param titleHighlighted   the whole title, escaped, matched words in {@code <em>}
     * @param snippetHighlighted a passage of the body around the best match (or its beginning), escaped, with {@code <em>}
     */
    public record Hit(String id, String type, String typeLabel, String title, String titleHighlighted,
            String snippetHighlighted, String unitCode, String unitName, String channel, Instant publishedAt,
            String url) {
    }

    /** Counts per type and per unit for the same words; each ignores its own filter, so a visitor can switch. */
    public record Facets(List<FacetValue> types, List<FacetValue> units) {
    }

    public record FacetValue(String value, String label, long count) {
    }

    static SearchResults empty(SearchQuery query) {
        return new SearchResults(query.text(), 0, query.page(), query.size(), 0, List.of(),
                new Facets(List.of(), List.of()));
    }
}
