package io.zhengtong.portal.article;

import static io.zhengtong.portal.article.Fixtures.LI_NA;
import static io.zhengtong.portal.article.Fixtures.NEWS;
import static io.zhengtong.portal.article.Fixtures.NOTICES;
import static io.zhengtong.portal.article.Fixtures.T0;
import static io.zhengtong.portal.article.Fixtures.ZHANG_WEI;
import static io.zhengtong.portal.article.Fixtures.body;
import static io.zhengtong.portal.article.Fixtures.draft;
import static io.zhengtong.portal.article.Fixtures.in;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.http.HttpStatus;

import io.zhengtong.platform.problem.DomainRuleViolation;

/** The review workflow of one article: every allowed step, and every step its state forbids. */
class ArticleTest {

    static final Instant LATER = T0.plusSeconds(60);

    @Test
    void aNewArticleIsADraftOfTheChannelsUnitWithItsCreationRecorded() {
        Article article = draft();

        assertThat(article.status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(article.unitCode()).isEqualTo("gov-office");
        assertThat(article.authorName()).isEqualTo("张伟");
        assertThat(article.createdAt()).isEqualTo(T0);
        assertThat(article.updatedAt()).isEqualTo(T0);
        assertThat(article.history()).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(HistoryAction.CREATED);
            assertThat(entry.actorName()).isEqualTo("张伟");
        });
    }

    @Test
    void submittingADraftPutsItBeforeTheReviewers() {
        Article article = draft();

        article.submit(ZHANG_WEI, LATER);

        assertThat(article.status()).isEqualTo(ArticleStatus.SUBMITTED);
        assertThat(article.submittedAt()).isEqualTo(LATER);
        assertThat(article.history().getLast().action()).isEqualTo(HistoryAction.SUBMITTED);
    }

    @Test
    void approvingASubmittedArticlePublishesItAtThatMoment() {
        Article article = in(ArticleStatus.SUBMITTED);

        article.approve(LI_NA, LATER);

        assertThat(article.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(article.publishedAt()).isEqualTo(LATER);
        assertThat(article.history().getLast().actorName()).isEqualTo("李娜");
        assertThat(article.history().getLast().action()).isEqualTo(HistoryAction.PUBLISHED);
    }

    @Test
    void rejectingASubmittedArticleKeepsTheReasonForTheEditor() {
        Article article = in(ArticleStatus.SUBMITTED);

        article.reject("  标题有误  ", LI_NA, LATER);

        assertThat(article.status()).isEqualTo(ArticleStatus.REJECTED);
        assertThat(article.rejectionReason()).isEqualTo("标题有误");
        assertThat(article.history().getLast().reason()).isEqualTo("标题有误");
    }

    @Test
    void withdrawingAPublishedArticleTakesItOffWithTheReasonRecorded() {
        Article article = in(ArticleStatus.PUBLISHED);

        article.withdraw("信息已过期", LI_NA, LATER);

        assertThat(article.status()).isEqualTo(ArticleStatus.WITHDRAWN);
        assertThat(article.withdrawnAt()).isEqualTo(LATER);
        assertThat(article.history().getLast().action()).isEqualTo(HistoryAction.WITHDRAWN);
        assertThat(article.history().getLast().reason()).isEqualTo("信息已过期");
    }

    @ParameterizedTest
    @EnumSource(names = { "DRAFT", "REJECTED", "WITHDRAWN" })
    void editingADraftARejectedOrAWithdrawnArticleMakesItADraft(ArticleStatus from) {
        Article article = in(from);

        article.revise(NOTICES, "新标题", "新摘要", body("<p>新正文</p>"), ZHANG_WEI, LATER);

        assertThat(article.status()).isEqualTo(ArticleStatus.DRAFT);
        assertThat(article.title()).isEqualTo("新标题");
        assertThat(article.summary()).isEqualTo("新摘要");
        assertThat(article.channel()).isEqualTo(NOTICES);
        assertThat(article.bodyText()).isEqualTo("新正文");
        assertThat(article.updatedAt()).isEqualTo(LATER);
        assertThat(article.history().getLast().action()).isEqualTo(HistoryAction.EDITED);
    }

    @Test
    void aRejectedArticleCanBePublishedAfterEditingAndResubmitting() {
        Article article = in(ArticleStatus.REJECTED);

        article.revise(NEWS, "改后的标题", null, body("<p>改后的正文</p>"), ZHANG_WEI, LATER);
        article.submit(ZHANG_WEI, LATER.plusSeconds(1));
        article.approve(LI_NA, LATER.plusSeconds(2));

        assertThat(article.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(article.rejectionReason()).isNull();
        assertThat(article.history()).extracting(HistoryEntry::action).containsExactly(HistoryAction.CREATED,
                HistoryAction.SUBMITTED, HistoryAction.REJECTED, HistoryAction.EDITED, HistoryAction.SUBMITTED,
                HistoryAction.PUBLISHED);
    }

    @Test
    void aWithdrawnArticleIsRepublishedWithANewPublicationDate() {
        Article article = in(ArticleStatus.WITHDRAWN);

        article.revise(NEWS, "更正后的标题", null, body("<p>更正</p>"), ZHANG_WEI, LATER);
        article.submit(ZHANG_WEI, LATER);
        article.approve(LI_NA, LATER.plusSeconds(5));

        assertThat(article.publishedAt()).isEqualTo(LATER.plusSeconds(5));
        assertThat(article.withdrawnAt()).isNull();
    }

    @ParameterizedTest
    @EnumSource(names = { "DRAFT" }, mode = EnumSource.Mode.EXCLUDE)
    void onlyADraftCanBeSubmitted(ArticleStatus from) {
        assertRefusedInState(from, article -> article.submit(ZHANG_WEI, LATER));
    }

    @ParameterizedTest
    @EnumSource(names = { "SUBMITTED" }, mode = EnumSource.Mode.EXCLUDE)
    void onlyASubmittedArticleCanBeApproved(ArticleStatus from) {
        assertRefusedInState(from, article -> article.approve(LI_NA, LATER));
    }

    @ParameterizedTest
    @EnumSource(names = { "SUBMITTED" }, mode = EnumSource.Mode.EXCLUDE)
    void onlyASubmittedArticleCanBeRejected(ArticleStatus from) {
        assertRefusedInState(from, article -> article.reject("理由", LI_NA, LATER));
    }

    @ParameterizedTest
    @EnumSource(names = { "PUBLISHED" }, mode = EnumSource.Mode.EXCLUDE)
    void onlyAPublishedArticleCanBeWithdrawn(ArticleStatus from) {
        assertRefusedInState(from, article -> article.withdraw("理由", LI_NA, LATER));
    }

    @ParameterizedTest
    @EnumSource(names = { "SUBMITTED", "PUBLISHED" })
    void anArticleUnderReviewOrOnTheWebsiteCannotBeEdited(ArticleStatus from) {
        assertRefusedInState(from,
                article -> article.revise(NEWS, "改", null, body("<p>改</p>"), ZHANG_WEI, LATER));
    }

    @Test
    void theStateMachineAllowsExactlyTheDocumentedOperations() {
        assertThat(allowed(ArticleStatus.DRAFT)).containsExactlyInAnyOrder(ArticleOperation.EDIT,
                ArticleOperation.SUBMIT);
        assertThat(allowed(ArticleStatus.SUBMITTED)).containsExactlyInAnyOrder(ArticleOperation.APPROVE,
                ArticleOperation.REJECT);
        assertThat(allowed(ArticleStatus.PUBLISHED)).containsExactly(ArticleOperation.WITHDRAW);
        assertThat(allowed(ArticleStatus.REJECTED)).containsExactly(ArticleOperation.EDIT);
        assertThat(allowed(ArticleStatus.WITHDRAWN)).containsExactly(ArticleOperation.EDIT);
    }

    @Test
    void rejectingWithoutAReasonIsRefusedAndChangesNothing() {
        Article article = in(ArticleStatus.SUBMITTED);

        assertThatThrownBy(() -> article.reject("  ", LI_NA, LATER)).isInstanceOfSatisfying(
                DomainRuleViolation.class, e -> assertThat(e.status()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT));
        assertThatThrownBy(() -> article.reject(null, LI_NA, LATER)).isInstanceOf(DomainRuleViolation.class);
        assertThat(article.status()).isEqualTo(ArticleStatus.SUBMITTED);
    }

    @Test
    void withdrawingWithoutAReasonOrWithAnOverlongOneIsRefused() {
        Article article = in(ArticleStatus.PUBLISHED);

        assertThatThrownBy(() -> article.withdraw("", LI_NA, LATER)).isInstanceOf(DomainRuleViolation.class);
        assertThatThrownBy(() -> article.withdraw("长".repeat(501), LI_NA, LATER))
            .isInstanceOf(DomainRuleViolation.class);
        assertThat(article.status()).isEqualTo(ArticleStatus.PUBLISHED);
    }

    @Test
    void anArticleNeedsATitleOfAtMost200CharactersAndABodyWithContent() {
        assertThatThrownBy(() -> Article.draft(NEWS, " ", null, body("<p>x</p>"), ZHANG_WEI, T0))
            .isInstanceOf(DomainRuleViolation.class);
        assertThatThrownBy(() -> Article.draft(NEWS, "标".repeat(201), null, body("<p>x</p>"), ZHANG_WEI, T0))
            .isInstanceOf(DomainRuleViolation.class);
        assertThatThrownBy(() -> Article.draft(NEWS, "标题", null, body("<script>alert(1)</script>"), ZHANG_WEI, T0))
            .isInstanceOfSatisfying(DomainRuleViolation.class, e -> assertThat(e.getMessage()).contains("正文"));
        assertThat(Article.draft(NEWS, "标".repeat(200), null, body("<p>x</p>"), ZHANG_WEI, T0).title()).hasSize(200);
    }

    @Test
    void aBodyWithOnlyAPictureIsNotEmpty() {
        Article article = Article.draft(NEWS, "图片新闻", null, body("<p><img src=\"/media/1.jpg\" alt=\"会场\"></p>"),
                ZHANG_WEI, T0);

        assertThat(article.bodyHtml()).contains("<img");
    }

    @Test
    void withoutAWrittenSummaryTheBeginningOfTheTextIsShown() {
        Article article = Article.draft(NEWS, "标题", "  ", body("<p>" + "字".repeat(300) + "</p>"), ZHANG_WEI, T0);

        assertThat(article.summary()).isNull();
        assertThat(article.displaySummary()).hasSize(120).endsWith("…");
    }

    private static Set<ArticleOperation> allowed(ArticleStatus status) {
        Set<ArticleOperation> allowed = EnumSet.noneOf(ArticleOperation.class);
        for (ArticleOperation operation : ArticleOperation.values()) {
            if (status.allows(operation)) {
                allowed.add(operation);
            }
        }
        return allowed;
    }

    private static void assertRefusedInState(ArticleStatus from, Consumer<Article> step) {
        Article article = in(from);
        int historyBefore = article.history().size();

        assertThatThrownBy(() -> step.accept(article)).isInstanceOfSatisfying(DomainRuleViolation.class, e -> {
            assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT);
            assertThat(e.code()).isEqualTo("article-state");
            assertThat(e.getMessage()).contains(from.label());
        });
        assertThat(article.status()).isEqualTo(from);
        assertThat(article.history()).hasSize(historyBefore);
    }
}
