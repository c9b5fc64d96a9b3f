package io.zhengtong.portal.article.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import io.zhengtong.portal.article.WritingArticles.ArticleText;

/** What the OA client sends. Messages are shown next to the form fields. */
final class ArticleRequests {

    private ArticleRequests() {
    }

    record NewArticle(
            @NotBlank(message = "请填写标题") @Size(max = 200, message = "标题不能超过200个字") String title,
            @NotBlank(message = "请选择栏目") String channelCode,
            @Size(max = 500, message = "摘要不能超过500个字") String summary,
            @NotBlank(message = "请填写正文") @Size(max = 2_000_000, message = "正文过长") String bodyHtml) {

        ArticleText text() {
            return new ArticleText(title, channelCode, summary, bodyHtml);
        }
    }

    record ArticleChange(
            @NotBlank(message = "请填写标题") @Size(max = 200, message = "标题不能超过200个字") String title,
            @NotBlank(message = "请选择栏目") String channelCode,
            @Size(max = 500, message = "摘要不能超过500个字") String summary,
            @NotBlank(message = "请填写正文") @Size(max = 2_000_000, message = "正文过长") String bodyHtml,
            @NotNull(message = "缺少版本号，请刷新后重试") Long version) {

        ArticleText text() {
            return new ArticleText(title, channelCode, summary, bodyHtml);
        }
    }

    /** Submit and approve: only the version the caller saw. */
    record Transition(@NotNull(message = "缺少版本号，请刷新后重试") Long version) {
    }

    /** Reject and withdraw need a reason. */
    record TransitionWithReason(
            @NotNull(message = "缺少版本号，请刷新后重试") Long version,
            @NotBlank(message = "请填写理由") @Size(max = 500, message = "理由不能超过500个字") String reason) {
    }
}
