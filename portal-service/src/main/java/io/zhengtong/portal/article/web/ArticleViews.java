package io.zhengtong.portal.article.web;

import java.time.Instant;
import java.util.List;

import io.zhengtong.platform.security.CurrentUser;
import io.zhengtong.portal.article.Article;
import io.zhengtong.portal.article.ArticleOperation;
import io.zhengtong.portal.article.ArticlePolicy;
import io.zhengtong.portal.article.HistoryEntry;

/** What the OA client receives. */
final class ArticleViews {

    private ArticleViews() {
    }

    record ListItem(long id, String title, String channelCode, String channelName, String unitCode, String status,
            String statusLabel, String authorName, Instant updatedAt, Instant publishedAt, long version) {

        static ListItem of(Article article) {
            return new ListItem(article.id(), article.title(), article.channel().code(), article.channel().name(),
                    article.unitCode(), article.status().name(), article.status().label(), article.authorName(),
                    article.updatedAt(), article.publishedAt(), article.version());
        }
    }

    record HistoryItem(String action, String actionLabel, String actorName, String reason, Instant at) {

        static HistoryItem of(HistoryEntry entry) {
            return new HistoryItem(entry.action().name(), entry.action().label(), entry.actorName(), entry.reason(),
                    entry.at());
        }
    }

    record Detail(long id, String title, String summary, String bodyHtml, String channelCode, String channelName,
            String unitCode, String unitName, String status, String statusLabel, String rejectionReason, long version,
            String authorName, Instant createdAt, Instant updatedAt, Instant submittedAt, Instant publishedAt,
            Instant withdrawnAt, List<String> allowedActions, List<HistoryItem> history) {

        static Detail of(Article article, String unitName, ArticlePolicy policy, CurrentUser user) {
            return new Detail(article.id(), article.title(), article.summary(), article.bodyHtml(),
                    article.channel().code(), article.channel().name(), article.unitCode(), unitName,
                    article.status().name(), article.status().label(), article.rejectionReason(), article.version(),
                    article.authorName(), article.createdAt(), article.updatedAt(), article.submittedAt(),
                    article.publishedAt(), article.withdrawnAt(),
                    policy.allowedOperations(user, article).stream().map(ArticleOperation::key).toList(),
                    article.history().stream().map(HistoryItem::of).toList());
        }
    }
}
