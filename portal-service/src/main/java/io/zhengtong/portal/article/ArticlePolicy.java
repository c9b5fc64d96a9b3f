package io.zhengtong.portal.article;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.http.HttpStatus;

import io.zhengtong.platform.problem.DomainRuleViolation;
import io.zhengtong.platform.security.CurrentUser;
import io.zhengtong.portal.channel.Channel;

/**
 * Who may do what with articles, by role AND unit: editors write in their own unit's channels;
 * reviewers review their own unit's articles, and the reviewers of the portal's host unit (the
 * county government office, which owns the county-wide channels) review every unit's articles;
 * platform administrators read everything. Everyone else sees nothing of the workflow.
 */
public final class ArticlePolicy {

    static final String EDITOR = "editor";
    static final String REVIEWER = "reviewer";
    static final String ADMIN = "platform-admin";

    private final String hostUnit;

    public ArticlePolicy(String hostUnit) {
        this.hostUnit = hostUnit;
    }

    public String hostUnit() {
        return hostUnit;
    }

    /** Whether the caller takes part in the workflow at all (may list and open articles). */
    public boolean takesPart(CurrentUser user) {
        return user.hasRole(EDITOR) || user.hasRole(REVIEWER) || user.hasRole(ADMIN);
    }

    /** Whether the caller sees every unit's articles rather than only their own unit's. */
    public boolean seesAllUnits(CurrentUser user) {
        return user.hasRole(ADMIN) || user.hasRole(REVIEWER) && user.belongsTo(hostUnit);
    }

    public boolean maySee(CurrentUser user, String unitCode) {
        return seesAllUnits(user) || (user.hasRole(EDITOR) || user.hasRole(REVIEWER)) && user.belongsTo(unitCode);
    }

    public boolean mayWriteIn(CurrentUser user, Channel channel) {
        return channel.writableBy(user);
    }

    public boolean mayReview(CurrentUser user, String unitCode) {
        return user.hasRole(REVIEWER) && (user.belongsTo(unitCode) || user.belongsTo(hostUnit));
    }

    /** Whether the caller's role and unit allow the operation on an article of that unit, whatever its state. */
    public boolean permits(CurrentUser user, ArticleOperation operation, String unitCode) {
        return switch (operation) {
            case EDIT, SUBMIT -> user.hasRole(EDITOR) && user.belongsTo(unitCode);
            case APPROVE, REJECT, WITHDRAW -> mayReview(user, unitCode);
        };
    }

    /** What the caller may do to the article now: permitted to them and allowed in its state. */
    public Set<ArticleOperation> allowedOperations(CurrentUser user, Article article) {
        Set<ArticleOperation> allowed = EnumSet.noneOf(ArticleOperation.class);
        for (ArticleOperation operation : ArticleOperation.values()) {
            if (article.status().allows(operation) && permits(user, operation, article.unitCode())) {
                allowed.add(operation);
            }
        }
        return allowed;
    }

    public void requireTakesPart(CurrentUser user) {
        if (!takesPart(user)) {
            throw forbidden("只有网站编辑、审核人员和平台管理员可以使用文章管理。");
        }
    }

    public void requireWriteIn(CurrentUser user, Channel channel) {
        if (!mayWriteIn(user, channel)) {
            throw forbidden(user.hasRole(EDITOR) ? "您只能在本单位的栏目中编写文章，“" + channel.name() + "”不属于您的单位。"
                    : "只有网站编辑可以编写文章。");
        }
    }

    public void require(CurrentUser user, ArticleOperation operation, String unitCode) {
        if (!permits(user, operation, unitCode)) {
            throw forbidden(switch (operation) {
                case EDIT, SUBMIT -> "只有本单位的网站编辑可以修改或提交这篇文章。";
                case APPROVE, REJECT, WITHDRAW -> "只有本单位或网站主办单位的审核人员可以审核、退回或撤回这篇文章。";
            });
        }
    }

    static DomainRuleViolation forbidden(String message) {
        return new DomainRuleViolation(HttpStatus.FORBIDDEN, "article-forbidden", "没有操作权限", message);
    }
}
