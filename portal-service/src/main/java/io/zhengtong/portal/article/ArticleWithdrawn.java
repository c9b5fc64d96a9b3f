package io.zhengtong.portal.article;

import java.time.Instant;
import java.util.UUID;

import io.zhengtong.platform.events.EventContract;
import io.zhengtong.platform.events.IntegrationEvent;

/**
 * A reviewer took a published article off the website: remove it from every public listing and
 * the search index.
 * Public contract (see the README's Events section): add fields only in a new version.
 */
@EventContract(type = "zhengtong.portal.article.withdrawn.v1", topic = ArticleEvents.TOPIC)
public record ArticleWithdrawn(UUID eventId, String aggregateId, Instant occurredAt, long articleId, String reason) implements IntegrationEvent {
}
