package io.zhengtong.portal.search;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The article events the search consumes, as this feature reads them (its own DTOs: the article
 * feature owns the contract, documented in the README). Unknown fields are ignored, so the
 * producer may add fields without breaking the search.
 */
final class ArticleEvents {

    static final String PUBLISHED = "zhengtong.portal.article.published.v1";
    static final String WITHDRAWN = "zhengtong.portal.article.withdrawn.v1";

    private ArticleEvents() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Published(UUID eventId, String aggregateId, Instant occurredAt, long articleId, String title,
            String summary, String bodyText, String channelCode, String channelName, String unitCode, String unitName,
            Instant publishedAt, String url) {

        SearchDocument toSearchDocument() {
            String body = bodyText == null || bodyText.isBlank() ? summary : bodyText;
            return new SearchDocument(documentId(articleId), SearchTypes.ARTICLE, title, body == null ? "" : body,
                    unitCode, unitName, channelName, publishedAt, url == null ? "/articles/" + articleId : url);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Withdrawn(UUID eventId, String aggregateId, Instant occurredAt, long articleId, String reason) {
    }

    /** The id of an article in the site index. */
    static String documentId(long articleId) {
        return SearchTypes.ARTICLE + "-" + articleId;
    }
}
