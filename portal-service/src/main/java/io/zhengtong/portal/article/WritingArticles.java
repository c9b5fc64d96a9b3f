package io.zhengtong.portal.article;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.zhengtong.platform.security.CurrentUser;
import io.zhengtong.portal.channel.Channel;

/** An editor drafts an article, and revises it until it is submitted (or after it came back). */
@Service
public class WritingArticles {

    /** What an editor writes; the body is HTML from the rich-text editor, sanitised here. */
    public record ArticleText(String title, String channelCode, String summary, String bodyHtml) {
    }

    private final Articles articles;
    private final ArticleAccess access;
    private final ArticleEvents events;
    private final ApplicationEventPublisher publisher;
    // Times are instants in UTC; the OA and the website show them in Asia/Shanghai.
    private final Clock clock = Clock.systemUTC();

    WritingArticles(Articles articles, ArticleAccess access, ArticleEvents events, ApplicationEventPublisher publisher) {
        this.articles = articles;
        this.access = access;
        this.events = events;
        this.publisher = publisher;
    }

    /** Starts a draft; answers its id. */
    @Transactional
    public long draft(ArticleText text, CurrentUser editor) {
        Channel channel = access.writableChannel(text.channelCode(), editor);
        var now = clock.instant();
        Article article = articles.save(Article.draft(channel, text.title(), text.summary(),
                ArticleBody.fromEditorHtml(text.bodyHtml()), editor, now));
        publisher.publishEvent(events.created(article, now));
        return article.id();
    }

    @Transactional
    public void revise(long id, long seenVersion, ArticleText text, CurrentUser editor) {
        Article article = access.forChange(id, seenVersion, ArticleOperation.EDIT, editor);
        Channel channel = access.writableChannel(text.channelCode(), editor);
        var now = clock.instant();
        article.revise(channel, text.title(), text.summary(), ArticleBody.fromEditorHtml(text.bodyHtml()), editor, now);
        articles.flush();
        publisher.publishEvent(events.updated(article, editor.username(), now));
    }
}
