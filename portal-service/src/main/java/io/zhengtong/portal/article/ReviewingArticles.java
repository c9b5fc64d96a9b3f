package io.zhengtong.portal.article;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.zhengtong.platform.security.CurrentUser;

/**
 * The review workflow after writing: an editor submits, a reviewer publishes or rejects, and a
 * published article can be withdrawn. Each step publishes its event in the same transaction, so
 * the outbox holds it exactly when the change is committed.
 */
@Service
public class ReviewingArticles {

    private final Articles articles;
    private final ArticleAccess access;
    private final ArticleEvents events;
    private final ApplicationEventPublisher publisher;
    // Times are instants in UTC; the OA and the website show them in Asia/Shanghai.
    private final Clock clock = Clock.systemUTC();

    ReviewingArticles(Articles articles, ArticleAccess access, ArticleEvents events,
            ApplicationEventPublisher publisher) {
        this.articles = articles;
        this.access = access;
        this.events = events;
        this.publisher = publisher;
    }

    @Transactional
    public void submit(long id, long seenVersion, CurrentUser editor) {
        Article article = access.forChange(id, seenVersion, ArticleOperation.SUBMIT, editor);
        var now = clock.instant();
        article.submit(editor, now);
        articles.flush();
        publisher.publishEvent(events.submitted(article, editor.username(), now));
    }

    @Transactional
    public void approve(long id, long seenVersion, CurrentUser reviewer) {
        Article article = access.forChange(id, seenVersion, ArticleOperation.APPROVE, reviewer);
        var now = clock.instant();
        article.approve(reviewer, now);
        articles.flush();
        publisher.publishEvent(events.published(article, now));
    }

    @Transactional
    public void reject(long id, long seenVersion, String reason, CurrentUser reviewer) {
        Article article = access.forChange(id, seenVersion, ArticleOperation.REJECT, reviewer);
        var now = clock.instant();
        article.reject(reason, reviewer, now);
        articles.flush();
        publisher.publishEvent(events.rejected(article, article.rejectionReason(), now));
    }

    @Transactional
    public void withdraw(long id, long seenVersion, String reason, CurrentUser reviewer) {
        Article article = access.forChange(id, seenVersion, ArticleOperation.WITHDRAW, reviewer);
        var now = clock.instant();
        article.withdraw(reason, reviewer, now);
        articles.flush();
        publisher.publishEvent(events.withdrawn(article, reason.strip(), now));
    }
}
