package io.zhengtong.portal.article;

import java.time.Instant;
import java.util.UUID;

import io.zhengtong.platform.events.EventContract;
import io.zhengtong.platform.events.IntegrationEvent;

/**
 * An editor changed a draft, or edited a rejected or withdrawn article back into a draft (not
 * public).
 * Public contract (see the README's Events section): add fields only in a new version.
 */
@EventContract(type = "zhengtong.portal.article.updated.v1", topic = ArticleEvents.TOPIC)
public record ArticleUpdated(UUID eventId, String aggregateId, Instant occurredAt, long articleId, String title,
        String channelCode, String unitCode, String editor) implements IntegrationEvent {
}
