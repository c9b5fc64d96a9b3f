package io.zhengtong.portal.article;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.zhengtong.platform.problem.DomainRuleViolation;
import io.zhengtong.platform.security.CurrentUser;
import io.zhengtong.portal.channel.Channel;

/**
 * An article of the portal and its review workflow:
 * {@code DRAFT → SUBMITTED → PUBLISHED | REJECTED}, {@code PUBLISHED → WITHDRAWN}, and rejected or
 * withdrawn articles are edited back into a draft. Each transition checks the state it starts
 * from and records who did it; who may do it at all is {@link ArticlePolicy}'s business.
 */
@Entity
@Table(name = "article")
public class Article {

    public static final int TITLE_MAX = 200;
    public static final int SUMMARY_MAX = 500;
    public static final int REASON_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "channel_id")
    private Channel channel;

    @Column(name = "unit_code")
    private String unitCode;

    private String title;

    private String summary;

    @Column(name = "body_html")
    private String bodyHtml;

    @Column(name = "body_text")
    private String bodyText;

    @Enumerated(EnumType.STRING)
    private ArticleStatus status;

    @Column(name = "rejection_reason")
    private String rejectionReason;

    @Column(name = "author_username")
    private String authorUsername;

    @Column(name = "author_name")
    private String authorName;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @OneToMany(mappedBy = "article", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<HistoryEntry> history = new ArrayList<>();

    protected Article() {
    }

    /** An editor starts a draft in a channel. */
    public static Article draft(Channel channel, String title, String summary, ArticleBody body, CurrentUser author,
            Instant at) {
        Article article = new Article();
        article.status = ArticleStatus.DRAFT;
        article.authorUsername = author.username();
        article.authorName = author.name();
        article.createdAt = at;
        article.write(channel, title, summary, body);
        article.record(HistoryAction.CREATED, author, null, at);
        return article;
    }

    /** An editor changes the text or channel; a rejected or withdrawn article becomes a draft again. */
    public void revise(Channel channel, String title, String summary, ArticleBody body, CurrentUser editor,
            Instant at) {
        requireAllowed(ArticleOperation.EDIT, "只有草稿、已退回或已撤回的文章可以修改");
        write(channel, title, summary, body);
        status = ArticleStatus.DRAFT;
        record(HistoryAction.EDITED, editor, null, at);
    }

    /** An editor hands a draft to the reviewers. */
    public void submit(CurrentUser editor, Instant at) {
        requireAllowed(ArticleOperation.SUBMIT, "只有草稿可以提交审核");
        status = ArticleStatus.SUBMITTED;
        submittedAt = at;
        rejectionReason = null;
        record(HistoryAction.SUBMITTED, editor, null, at);
    }

    /** A reviewer approves a submitted article, which is published at once. */
    public void approve(CurrentUser reviewer, Instant at) {
        requireAllowed(ArticleOperation.APPROVE, "只有待审核的文章可以审核通过");
        status = ArticleStatus.PUBLISHED;
        publishedAt = at;
        withdrawnAt = null;
        record(HistoryAction.PUBLISHED, reviewer, null, at);
    }

    /** A reviewer sends a submitted article back to its editors, saying why. */
    public void reject(String reason, CurrentUser reviewer, Instant at) {
        requireAllowed(ArticleOperation.REJECT, "只有待审核的文章可以退回");
        String why = requireReason(reason, "退回");
        status = ArticleStatus.REJECTED;
        rejectionReason = why;
        record(HistoryAction.REJECTED, reviewer, why, at);
    }

    /** A reviewer takes a published article off the website, saying why. */
    public void withdraw(String reason, CurrentUser reviewer, Instant at) {
        requireAllowed(ArticleOperation.WITHDRAW, "只有已发布的文章可以撤回");
        String why = requireReason(reason, "撤回");
        status = ArticleStatus.WITHDRAWN;
        withdrawnAt = at;
        record(HistoryAction.WITHDRAWN, reviewer, why, at);
    }

    private void write(Channel channel, String title, String summary, ArticleBody body) {
        if (title == null || title.isBlank()) {
            throw DomainRuleViolation.unprocessable("article-title-required", "标题不能为空", "请填写文章标题。");
        }
        if (title.strip().length() > TITLE_MAX) {
            throw DomainRuleViolation.unprocessable("article-title-too-long", "标题过长",
                    "文章标题不能超过" + TITLE_MAX + "个字。");
        }
        if (body.isEmpty()) {
            throw DomainRuleViolation.unprocessable("article-body-empty", "正文不能为空",
                    "正文经安全过滤后没有可发布的内容，请填写正文。");
        }
        String trimmedSummary = summary == null || summary.isBlank() ? null : summary.strip();
        if (trimmedSummary != null && trimmedSummary.length() > SUMMARY_MAX) {
            throw DomainRuleViolation.unprocessable("article-summary-too-long", "摘要过长",
                    "摘要不能超过" + SUMMARY_MAX + "个字。");
        }
        this.channel = channel;
        this.unitCode = channel.unitCode();
        this.title = title.strip();
        this.summary = trimmedSummary;
        this.bodyHtml = body.html();
        this.bodyText = body.text();
    }

    private void requireAllowed(ArticleOperation operation, String rule) {
        if (!status.allows(operation)) {
            throw DomainRuleViolation.conflict("article-state", "文章当前状态不允许此操作",
                    rule + "，该文章当前为“" + status.label() + "”。");
        }
    }

    private static String requireReason(String reason, String what) {
        if (reason == null || reason.isBlank()) {
            throw DomainRuleViolation.unprocessable("article-reason-required", "请填写理由", what + "文章时必须填写理由。");
        }
        String why = reason.strip();
        if (why.length() > REASON_MAX) {
            throw DomainRuleViolation.unprocessable("article-reason-too-long", "理由过长",
                    "理由不能超过" + REASON_MAX + "个字。");
        }
        return why;
    }

    private void record(HistoryAction action, CurrentUser actor, String reason, Instant at) {
        updatedAt = at;
        history.add(new HistoryEntry(this, action, actor.username(), actor.name(), reason, at));
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public Channel channel() {
        return channel;
    }

    public String unitCode() {
        return unitCode;
    }

    public String title() {
        return title;
    }

    /** The summary the editor wrote, or {@code null}. */
    public String summary() {
        return summary;
    }

    /** The summary to show: the editor's, or the beginning of the text. */
    public String displaySummary() {
        return summary != null ? summary : new ArticleBody(bodyHtml, bodyText).excerpt(120);
    }

    public String bodyHtml() {
        return bodyHtml;
    }

    public String bodyText() {
        return bodyText;
    }

    public ArticleStatus status() {
        return status;
    }

    public String rejectionReason() {
        return rejectionReason;
    }

    public String authorUsername() {
        return authorUsername;
    }

    public String authorName() {
        return authorName;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public Instant withdrawnAt() {
        return withdrawnAt;
    }

    public List<HistoryEntry> history() {
        return Collections.unmodifiableList(history);
    }
}
