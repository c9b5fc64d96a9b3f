package io.zhengtong.portal.article;

import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.zhengtong.platform.paging.PageQuery;
import io.zhengtong.platform.security.CurrentUser;

/** The OA's view of articles: only what the caller may see, newest change first. */
@Service
@Transactional(readOnly = true)
public class OfficeArticles {

    /** Filters of the OA list; null or blank means "any". */
    public record Filter(ArticleStatus status, String channelCode, String titleContains) {
    }

    private final Articles articles;
    private final ArticleAccess access;

    OfficeArticles(Articles articles, ArticleAccess access) {
        this.articles = articles;
        this.access = access;
    }

    public Page<Article> list(Filter filter, PageQuery paging, CurrentUser user) {
        ArticlePolicy policy = access.policy();
        policy.requireTakesPart(user);
        boolean allUnits = policy.seesAllUnits(user);
        // "in ()" is not valid SQL: a caller without a unit matches nothing through a code no unit has.
        List<String> units = List.of(user.unitCode() == null ? "" : user.unitCode());
        return articles.findForOffice(allUnits, units, filter.status(), blankToNull(filter.channelCode()),
                like(filter.titleContains()), paging.pageable());
    }

    /** The article with its history, if the caller may see it; else 404. */
    public Article one(long id, CurrentUser user) {
        return access.visible(id, user);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String like(String text) {
        String value = blankToNull(text);
        if (value == null) {
            return null;
        }
        String escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
