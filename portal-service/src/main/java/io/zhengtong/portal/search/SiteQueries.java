package io.zhengtong.portal.search;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOptions;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.query_dsl.Operator;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch._types.query_dsl.TextQueryType;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.HighlightField;
import co.elastic.clients.elasticsearch.core.search.HighlighterType;
import co.elastic.clients.util.NamedValue;

/**
 * Turns a {@link SearchQuery} into the Elasticsearch request. Pure: tested without a server.
 *
 * <p>Each space-separated word must match. A word of two or more characters is matched through
 * the bigram fields ({@code title}, {@code body}): all its bigrams must occur in one field, the
 * title counting three times. A single character (or a single Latin word or number, which the
 * bigram analyzer never indexes on its own) is matched through the per-character sub-fields
 * {@code title.char} and {@code body.char}. Type and unit filters are post-filters so that the
 * facet counts of one ignore its own filter; the date range filters everything.
 */
final class SiteQueries {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final String TYPES = "types";
    static final String UNITS = "units";
    static final String VALUES = "values";
    static final String UNIT_NAME = "name";
    static final int SNIPPET_LENGTH = 120;

    private static final String[] BIGRAM_FIELDS = { "title^3", "body" };
    private static final String[] CHAR_FIELDS = { "title.char^3", "body.char" };

    private SiteQueries() {
    }

    /** The words of a query; empty when nothing searchable is left (blank, only punctuation). */
    static List<String> words(String text) {
        return Arrays.stream(text.strip().split("[\\s\\u3000]+"))
            .filter(word -> standardTokens(word) > 0)
            .toList();
    }

    /**
     * How many tokens Elasticsearch's standard tokenizer makes of a word: one per Chinese (or
     * other ideographic) character, one per run of letters and digits. Bigrams need two.
     */
    static int standardTokens(String word) {
        int tokens = 0;
        boolean inRun = false;
        for (int cp : word.codePoints().toArray()) {
            if (isIdeographic(cp)) {
                tokens++;
                inRun = false;
            } else if (Character.isLetterOrDigit(cp)) {
                if (!inRun) {
                    tokens++;
                }
                inRun = true;
            } else {
                inRun = false;
            }
        }
        return tokens;
    }

    private static boolean isIdeographic(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return Character.isIdeographic(cp) || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    static Query wordQuery(String word) {
        boolean bigrams = standardTokens(word) >= 2;
        return Query.of(q -> q.multiMatch(m -> m.query(word)
            .fields(Arrays.asList(bigrams ? BIGRAM_FIELDS : CHAR_FIELDS))
            .type(TextQueryType.BestFields)
            .tieBreaker(0.3)
            .operator(Operator.And)));
    }

    static SearchRequest request(String index, SearchQuery query) {
        List<Query> must = words(query.text()).stream().map(SiteQueries::wordQuery).toList();
        Optional<Query> dates = dateRange(query);
        Optional<Query> type = term("type", query.type());
        Optional<Query> unit = term("unitCode", query.unit());
        List<Query> postFilters = new ArrayList<>();
        type.ifPresent(postFilters::add);
        unit.ifPresent(postFilters::add);

        return SearchRequest.of(s -> {
            s.index(index)
                .query(q -> q.bool(b -> {
                    b.must(must);
                    dates.ifPresent(b::filter);
                    return b;
                }))
                .from(query.page() * query.size())
                .size(query.size())
                .trackTotalHits(t -> t.enabled(true))
                .source(src -> src.filter(f -> f.excludes("body")))
                .sort(order(query.order()))
                .highlight(h -> h.type(HighlighterType.Unified)
                    .preTags(IndexedText.HIT_START)
                    .postTags(IndexedText.HIT_END)
                    .fields(List.of(
                            NamedValue.of("title", HighlightField.of(f -> f.numberOfFragments(0))),
                            NamedValue.of("title.char", HighlightField.of(f -> f.numberOfFragments(0))),
                            NamedValue.of("body", HighlightField.of(f -> f.fragmentSize(SNIPPET_LENGTH)
                                .numberOfFragments(1).noMatchSize(SNIPPET_LENGTH))),
                            NamedValue.of("body.char", HighlightField.of(f -> f.fragmentSize(SNIPPET_LENGTH)
                                .numberOfFragments(1))))))
                .aggregations(TYPES, facet("type", unit, false))
                .aggregations(UNITS, facet("unitCode", type, true));
            if (!postFilters.isEmpty()) {
                s.postFilter(p -> p.bool(b -> b.filter(postFilters)));
            }
            return s;
        });
    }

    private static List<SortOptions> order(SearchOrder order) {
        SortOptions score = SortOptions.of(o -> o.score(sc -> sc.order(SortOrder.Desc)));
        SortOptions newest = SortOptions.of(o -> o.field(f -> f.field("publishedAt").order(SortOrder.Desc)));
        return order == SearchOrder.DATE ? List.of(newest, score) : List.of(score, newest);
    }

    /** A days range in China's time: from the start of {@code from} to the end of {@code to}. */
    static Optional<Query> dateRange(SearchQuery query) {
        if (query.from() == null && query.to() == null) {
            return Optional.empty();
        }
        return Optional.of(Query.of(q -> q.range(r -> r.date(d -> {
            d.field("publishedAt");
            if (query.from() != null) {
                d.gte(query.from().atStartOfDay(CHINA).toInstant().toString());
            }
            if (query.to() != null) {
                d.lt(query.to().plusDays(1).atStartOfDay(CHINA).toInstant().toString());
            }
            return d;
        }))));
    }

    private static Optional<Query> term(String field, String value) {
        return Optional.ofNullable(value).map(v -> Query.of(q -> q.term(t -> t.field(field).value(FieldValue.of(v)))));
    }

    /** Counts per value of {@code field}, under the other facet's filter only. */
    private static Aggregation facet(String field, Optional<Query> otherFilter, boolean withUnitName) {
        Query scope = otherFilter.orElseGet(() -> Query.of(q -> q.matchAll(m -> m)));
        return Aggregation.of(a -> a.filter(scope)
            .aggregations(VALUES, values -> values.terms(t -> t.field(field).size(100))
                .aggregations(withUnitName ? Map.of(UNIT_NAME,
                        Aggregation.of(n -> n.terms(t -> t.field("unitName").size(1)))) : Map.of())));
    }
}
