package io.zhengtong.portal.search;

import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Keeps the site index current between rebuilds: what the event consumers call. Writes go
 * through the alias (and, during a rebuild, into the new index as well).
 */
@Component
public class SearchIndexing {

    private final SiteIndex index;
    private final SearchIndexRebuild rebuild;

    SearchIndexing(SiteIndex index, SearchIndexRebuild rebuild) {
        this.index = index;
        this.rebuild = rebuild;
    }

    /**
     * Adds or replaces a document (same id = same document).
     *
     * @throws SearchUnavailable if Elasticsearch or the index is not there (retry later)
     */
    public void put(SearchDocument document) {
        rebuild.alsoApplyToRebuild(document.id(), Optional.of(document));
        index.putThroughAlias(document);
    }

    /**
     * Removes a document; removing one that is not there is fine.
     *
     * @throws SearchUnavailable if Elasticsearch or the index is not there (retry later)
     */
    public void remove(String id) {
        rebuild.alsoApplyToRebuild(id, Optional.empty());
        index.deleteThroughAlias(id);
    }
}
