package io.zhengtong.portal.article;

import java.time.Instant;
import java.util.UUID;

import io.zhengtong.platform.events.EventContract;
import io.zhengtong.platform.events.IntegrationEvent;

/**
 * A reviewer sent a submitted article back to its editors with a reason (not public).
 * Public contract (see the README's Events section): add fields only in a new version.
 */
@EventContract(type = "zhengtong.portal.article.rejected.v1", topic = ArticleEvents.TOPIC)
public record ArticleRejected(UUID eventId, String aggregateId, Instant occurredAt, long articleId, String title,
        String unitCode, String author, String reason) implements IntegrationEvent {
}
