package io.zhengtong.portal.article;

import java.time.Instant;
import java.util.UUID;

import org.springframework.stereotype.Component;

import io.zhengtong.platform.directory.OrganisationDirectory;

/** Builds the events of {@link #TOPIC} from an article as it is at the transition. */
@Component
public class ArticleEvents {

    /** One topic for the article aggregate; the record key is the article id. */
    public static final String TOPIC = "portal.articles";

    private final OrganisationDirectory directory;

    ArticleEvents(OrganisationDirectory directory) {
        this.directory = directory;
    }

    /** The article's page on the public website. */
    public static String url(long articleId) {
        return "/articles/" + articleId;
    }

    ArticleCreated created(Article article, Instant at) {
        return new ArticleCreated(UUID.randomUUID(), key(article), at, article.id(), article.title(),
                article.channel().code(), article.unitCode(), article.authorUsername());
    }

    ArticleUpdated updated(Article article, String editor, Instant at) {
        return new ArticleUpdated(UUID.randomUUID(), key(article), at, article.id(), article.title(),
                article.channel().code(), article.unitCode(), editor);
    }

    ArticleSubmitted submitted(Article article, String editor, Instant at) {
        return new ArticleSubmitted(UUID.randomUUID(), key(article), at, article.id(), article.title(),
                article.channel().code(), article.unitCode(), editor);
    }

    ArticlePublished published(Article article, Instant at) {
        return new ArticlePublished(UUID.randomUUID(), key(article), at, article.id(), article.title(),
                article.displaySummary(), article.bodyText(), article.channel().code(), article.channel().name(),
                article.unitCode(), unitName(article.unitCode()), article.publishedAt(), url(article.id()));
    }

    ArticleRejected rejected(Article article, String reason, Instant at) {
        return new ArticleRejected(UUID.randomUUID(), key(article), at, article.id(), article.title(),
                article.unitCode(), article.authorUsername(), reason);
    }

    ArticleWithdrawn withdrawn(Article article, String reason, Instant at) {
        return new ArticleWithdrawn(UUID.randomUUID(), key(article), at, article.id(), reason);
    }

    /** The unit's full name from the directory; its code while the directory cannot say. */
    public String unitName(String unitCode) {
        try {
            return directory.unit(unitCode).map(unit -> unit.fullName()).orElse(unitCode);
        } catch (RuntimeException directoryUnavailable) {
            return unitCode;
        }
    }

    private static String key(Article article) {
        return String.valueOf(article.id());
    }
}
