package io.zhengtong.portal.article;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Component;

import io.zhengtong.platform.problem.DomainRuleViolation;
import io.zhengtong.platform.security.CurrentUser;
import io.zhengtong.portal.channel.Channel;
import io.zhengtong.portal.channel.Channels;

/**
 * Finding an article for a caller: an article they may not see is answered as unknown (404), so
 * its existence is not revealed; a change that names a version other than the current one is
 * refused (409) before anything is touched.
 */
@Component
public class ArticleAccess {

    private final Articles articles;
    private final Channels channels;
    private final ArticlePolicy policy;

    ArticleAccess(Articles articles, Channels channels,
            @Value("${zhengtong.portal.host-unit:gov-office}") String hostUnit) {
        this.articles = articles;
        this.channels = channels;
        this.policy = new ArticlePolicy(hostUnit);
    }

    public ArticlePolicy policy() {
        return policy;
    }

    /** The article with its history, if the caller may see it. */
    public Article visible(long id, CurrentUser user) {
        policy.requireTakesPart(user);
        return articles.findWithHistory(id)
            .filter(article -> policy.maySee(user, article.unitCode()))
            .orElseThrow(() -> notFound(id));
    }

    /** The article the caller wants to change by the operation, as of the version they saw. */
    Article forChange(long id, long seenVersion, ArticleOperation operation, CurrentUser user) {
        Article article = visible(id, user);
        policy.require(user, operation, article.unitCode());
        if (article.version() != seenVersion) {
            throw new ObjectOptimisticLockingFailureException(Article.class, id);
        }
        return article;
    }

    /** A channel the caller may write in. */
    Channel writableChannel(String code, CurrentUser user) {
        policy.requireTakesPart(user);
        Channel channel = channels.findByCode(code == null ? "" : code)
            .orElseThrow(() -> DomainRuleViolation.unprocessable("channel-unknown", "栏目不存在",
                    "没有代码为“" + code + "”的栏目，请重新选择栏目。"));
        policy.requireWriteIn(user, channel);
        return channel;
    }

    static DomainRuleViolation notFound(long id) {
        return DomainRuleViolation.notFound("article-not-found", "文章（编号 " + id + "）不存在或您无权查看。");
    }
}
