package io.zhengtong.portal.search;

import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.zhengtong.platform.events.EventHandlers;
import io.zhengtong.platform.events.InboundEvents;
import io.zhengtong.platform.events.RetryLater;

/**
 * Keeps the articles in the site index: a published article is indexed (again, if republished
 * or edited), a withdrawn one removed. Each event is applied once ({@link InboundEvents}
 * remembers its id in the same transaction); while Elasticsearch is away the record is retried
 * without limit ({@link RetryLater}) so nothing is lost and the index catches up.
 */
@Component
class ArticleSearchIndexer {

    static final String CONSUMER = "portal-search";

    private final InboundEvents inbound;
    private final EventHandlers handlers;

    ArticleSearchIndexer(InboundEvents inbound, SearchIndexing indexing) {
        this.inbound = inbound;
        this.handlers = EventHandlers.of(CONSUMER)
            .on(ArticleEvents.PUBLISHED, ArticleEvents.Published.class,
                    retryWhileUnavailable(event -> indexing.put(event.data().toSearchDocument())))
            .on(ArticleEvents.WITHDRAWN, ArticleEvents.Withdrawn.class,
                    retryWhileUnavailable(event -> indexing.remove(ArticleEvents.documentId(event.data().articleId()))));
    }

    @KafkaListener(topics = "${zhengtong.search.article-topic:${zhengtong.events.topic-prefix:}portal.articles}",
            groupId = "${zhengtong.search.consumer-group:portal-search}")
    void on(ConsumerRecord<String, byte[]> record) {
        inbound.apply(record, handlers);
    }

    static <T> Consumer<T> retryWhileUnavailable(Consumer<T> action) {
        return event -> {
            try {
                action.accept(event);
            } catch (SearchUnavailable e) {
                throw new RetryLater("Elasticsearch is unavailable; the article event will be applied when it is back", e);
            }
        };
    }
}
