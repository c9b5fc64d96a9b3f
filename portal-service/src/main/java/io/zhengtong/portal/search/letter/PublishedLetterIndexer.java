package io.zhengtong.portal.search.letter;

import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import io.zhengtong.platform.events.EventHandlers;
import io.zhengtong.platform.events.InboundEvents;
import io.zhengtong.platform.events.RetryLater;
import io.zhengtong.portal.search.SearchIndexing;
import io.zhengtong.portal.search.SearchUnavailable;

/**
 * Keeps the mailbox's published letters (选登) in the site index: a published letter is stored
 * and indexed, an unpublished one deleted and removed. The other letter events on the topic are
 * skipped. Each event is applied once, the copy and the processed id in one transaction; while
 * Elasticsearch is away the record is retried without limit.
 */
@Component
class PublishedLetterIndexer {

    static final String CONSUMER = "portal-search-letters";

    private final InboundEvents inbound;
    private final EventHandlers handlers;

    PublishedLetterIndexer(InboundEvents inbound, SearchIndexing indexing, PublishedLetters letters) {
        this.inbound = inbound;
        this.handlers = EventHandlers.of(CONSUMER)
            .on(PublishedLetterEvents.PUBLISHED, PublishedLetterEvents.Published.class, retryWhileUnavailable(event -> {
                PublishedLetter letter = letters.save(PublishedLetter.of(event.data()));
                indexing.put(letter.toSearchDocument());
            }))
            .on(PublishedLetterEvents.UNPUBLISHED, PublishedLetterEvents.Unpublished.class, retryWhileUnavailable(event -> {
                String letterId = event.data().letterId() != null ? event.data().letterId() : event.aggregateId();
                letters.deleteById(letterId);
                indexing.remove(PublishedLetter.documentId(letterId));
            }));
    }

    @KafkaListener(topics = "${zhengtong.search.letter-topic:${zhengtong.events.topic-prefix:}mailbox.letters}",
            groupId = "${zhengtong.search.letter-consumer-group:portal-search-letters}")
    void on(ConsumerRecord<String, byte[]> record) {
        inbound.apply(record, handlers);
    }

    private static <T> Consumer<T> retryWhileUnavailable(Consumer<T> action) {
        return event -> {
            try {
                action.accept(event);
            } catch (SearchUnavailable e) {
                throw new RetryLater("Elasticsearch is unavailable; the letter event will be applied when it is back", e);
            }
        };
    }
}
