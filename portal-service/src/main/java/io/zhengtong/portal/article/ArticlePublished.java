package io.zhengtong.portal.article;

import java.time.Instant;
import java.util.UUID;

import io.zhengtong.platform.events.EventContract;
import io.zhengtong.platform.events.IntegrationEvent;

/**
 * A reviewer approved an article and it is public now, at {@code url} on the website. Carries what
 * the site search indexes; {@code bodyText} is plain text (HTML stripped).
 * Public contract (see the README's Events section): add fields only in a new version.
 */
@EventContract(type = "zhengtong.portal.article.published.v1", topic = ArticleEvents.TOPIC)
public record ArticlePublished(UUID eventId, String aggregateId, Instant occurredAt, long articleId, String title,
        String summary, String bodyText, String channelCode, String channelName, String unitCode, String unitName,
        Instant publishedAt, String url) implements IntegrationEvent {
}
