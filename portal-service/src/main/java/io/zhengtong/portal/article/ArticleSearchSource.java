package io.zhengtong.portal.article;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;

import io.zhengtong.portal.search.SearchDocument;
import io.zhengtong.portal.search.SearchSource;

/**
 * Every published article as a search document, for a full rebuild of the index. Read in
 * batches by id, so the stream holds no transaction or connection while the caller indexes.
 */
@Component
public class ArticleSearchSource implements SearchSource {

    public static final String TYPE = "article";

    static final int BATCH = 200;

    private final Articles articles;
    private final ArticleEvents names;

    ArticleSearchSource(Articles articles, ArticleEvents names) {
        this.articles = articles;
        this.names = names;
    }

    /** The search document id of an article, as the event consumer must use it too. */
    public static String documentId(long articleId) {
        return TYPE + "-" + articleId;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Stream<SearchDocument> documents() {
        Iterator<SearchDocument> batches = new Iterator<>() {
            private List<Article> batch = List.of();
            private int next;
            private long lastId;
            private boolean exhausted;

            @Override
            public boolean hasNext() {
                if (next < batch.size()) {
                    return true;
                }
                if (exhausted) {
                    return false;
                }
                batch = articles.findPublishedFromId(lastId, PageRequest.of(0, BATCH));
                next = 0;
                exhausted = batch.size() < BATCH;
                if (!batch.isEmpty()) {
                    lastId = batch.getLast().id();
                }
                return !batch.isEmpty();
            }

            @Override
            public SearchDocument next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return document(batch.get(next++));
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(batches, Spliterator.ORDERED | Spliterator.NONNULL),
                false);
    }

    private SearchDocument document(Article article) {
        return new SearchDocument(documentId(article.id()), TYPE, article.title(), article.bodyText(),
                article.unitCode(), names.unitName(article.unitCode()), article.channel().name(),
                article.publishedAt(), ArticleEvents.url(article.id()));
    }
}
