package io.zhengtong.portal.article;

import static io.zhengtong.portal.article.Fixtures.CITIZEN;
import static io.zhengtong.portal.article.Fixtures.EDUCATION_REVIEWER;
import static io.zhengtong.portal.article.Fixtures.HUANG_LI;
import static io.zhengtong.portal.article.Fixtures.LI_NA;
import static io.zhengtong.portal.article.Fixtures.MA_JUN;
import static io.zhengtong.portal.article.Fixtures.NEWS;
import static io.zhengtong.portal.article.Fixtures.TOURISM;
import static io.zhengtong.portal.article.Fixtures.TOURISM_REVIEWER;
import static io.zhengtong.portal.article.Fixtures.YANG_MIN;
import static io.zhengtong.portal.article.Fixtures.ZHANG_WEI;
import static io.zhengtong.portal.article.Fixtures.in;
import static io.zhengtong.portal.article.Fixtures.tourismDraft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import io.zhengtong.platform.problem.DomainRuleViolation;

/** Who may do what with articles: role AND unit, with the county office's reviewers over every unit. */
class ArticlePolicyTest {

    final ArticlePolicy policy = new ArticlePolicy("gov-office");

    @Test
    void anEditorWritesOnlyInHisOwnUnitsChannels() {
        assertThat(policy.mayWriteIn(ZHANG_WEI, NEWS)).isTrue();
        assertThat(policy.mayWriteIn(ZHANG_WEI, TOURISM)).isFalse();
        assertThat(policy.mayWriteIn(HUANG_LI, TOURISM)).isTrue();
        assertThat(policy.mayWriteIn(HUANG_LI, NEWS)).isFalse();
    }

    @Test
    void reviewersStaffAndCitizensDoNotWrite() {
        assertThat(policy.mayWriteIn(LI_NA, NEWS)).isFalse();
        assertThat(policy.mayWriteIn(YANG_MIN, NEWS)).isFalse();
        assertThat(policy.mayWriteIn(MA_JUN, NEWS)).isFalse();
        assertThat(policy.mayWriteIn(CITIZEN, NEWS)).isFalse();
    }

    @Test
    void writingInAnotherUnitsChannelIsA403SayingWhy() {
        assertThatThrownBy(() -> policy.requireWriteIn(HUANG_LI, NEWS)).isInstanceOfSatisfying(
                DomainRuleViolation.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN);
                    assertThat(e.getMessage()).contains("政务要闻");
                });
    }

    @Test
    void theCountyOfficesReviewerReviewsEveryUnitsArticles() {
        assertThat(policy.mayReview(LI_NA, "gov-office")).isTrue();
        assertThat(policy.mayReview(LI_NA, "culture-tourism")).isTrue();
        assertThat(policy.allowedOperations(LI_NA, submittedTourismArticle()))
            .containsExactlyInAnyOrder(ArticleOperation.APPROVE, ArticleOperation.REJECT);
    }

    @Test
    void aDepartmentsReviewerReviewsOnlyHisOwnUnitsArticles() {
        assertThat(policy.mayReview(TOURISM_REVIEWER, "culture-tourism")).isTrue();
        assertThat(policy.mayReview(TOURISM_REVIEWER, "gov-office")).isFalse();
        assertThat(policy.mayReview(EDUCATION_REVIEWER, "culture-tourism")).isFalse();
        assertThat(policy.allowedOperations(EDUCATION_REVIEWER, submittedTourismArticle())).isEmpty();
    }

    @Test
    void editorsAndOthersWithoutTheReviewerRoleCannotReview() {
        for (ArticleOperation review : new ArticleOperation[] { ArticleOperation.APPROVE, ArticleOperation.REJECT,
                ArticleOperation.WITHDRAW }) {
            assertThat(policy.permits(ZHANG_WEI, review, "gov-office")).isFalse();
            assertThat(policy.permits(MA_JUN, review, "gov-office")).isFalse();
            assertThat(policy.permits(YANG_MIN, review, "education")).isFalse();
        }
        assertThatThrownBy(() -> policy.require(ZHANG_WEI, ArticleOperation.APPROVE, "gov-office"))
            .isInstanceOfSatisfying(DomainRuleViolation.class,
                    e -> assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN));
    }

    @Test
    void onlyEditorsOfTheUnitEditAndSubmit() {
        assertThat(policy.permits(ZHANG_WEI, ArticleOperation.SUBMIT, "gov-office")).isTrue();
        assertThat(policy.permits(ZHANG_WEI, ArticleOperation.EDIT, "culture-tourism")).isFalse();
        assertThat(policy.permits(HUANG_LI, ArticleOperation.SUBMIT, "culture-tourism")).isTrue();
        assertThat(policy.permits(LI_NA, ArticleOperation.EDIT, "gov-office")).isFalse();
        assertThat(policy.permits(MA_JUN, ArticleOperation.EDIT, "gov-services")).isFalse();
    }

    @Test
    void staffSeeTheirOwnUnitsArticlesTheCountyOfficesReviewersAndAdministratorsSeeAll() {
        assertThat(policy.maySee(ZHANG_WEI, "gov-office")).isTrue();
        assertThat(policy.maySee(ZHANG_WEI, "culture-tourism")).isFalse();
        assertThat(policy.maySee(HUANG_LI, "gov-office")).isFalse();
        assertThat(policy.maySee(LI_NA, "culture-tourism")).isTrue();
        assertThat(policy.maySee(MA_JUN, "culture-tourism")).isTrue();
        assertThat(policy.maySee(TOURISM_REVIEWER, "gov-office")).isFalse();
        assertThat(policy.seesAllUnits(LI_NA)).isTrue();
        assertThat(policy.seesAllUnits(ZHANG_WEI)).isFalse();
        assertThat(policy.seesAllUnits(TOURISM_REVIEWER)).isFalse();
    }

    @Test
    void staffWithoutAnEditorialRoleAndCitizensTakeNoPartInTheWorkflow() {
        assertThat(policy.takesPart(YANG_MIN)).isFalse();
        assertThat(policy.takesPart(CITIZEN)).isFalse();
        assertThat(policy.maySee(YANG_MIN, "education")).isFalse();
        assertThat(policy.maySee(CITIZEN, "gov-office")).isFalse();
        assertThatThrownBy(() -> policy.requireTakesPart(CITIZEN)).isInstanceOfSatisfying(DomainRuleViolation.class,
                e -> assertThat(e.status()).isEqualTo(HttpStatus.FORBIDDEN));
    }

    @Test
    void theAllowedActionsFollowBothTheStateAndTheCallersRights() {
        assertThat(policy.allowedOperations(ZHANG_WEI, in(ArticleStatus.DRAFT)))
            .containsExactlyInAnyOrder(ArticleOperation.EDIT, ArticleOperation.SUBMIT);
        assertThat(policy.allowedOperations(LI_NA, in(ArticleStatus.DRAFT))).isEmpty();
        assertThat(policy.allowedOperations(ZHANG_WEI, in(ArticleStatus.SUBMITTED))).isEmpty();
        assertThat(policy.allowedOperations(LI_NA, in(ArticleStatus.PUBLISHED)))
            .containsExactly(ArticleOperation.WITHDRAW);
        assertThat(policy.allowedOperations(ZHANG_WEI, in(ArticleStatus.REJECTED)))
            .containsExactly(ArticleOperation.EDIT);
        assertThat(policy.allowedOperations(MA_JUN, in(ArticleStatus.SUBMITTED))).isEmpty();
        assertThat(policy.allowedOperations(HUANG_LI, in(ArticleStatus.DRAFT))).isEmpty();
    }

    @Test
    void theHostUnitIsConfigurable() {
        ArticlePolicy tourismHosted = new ArticlePolicy("culture-tourism");

        assertThat(tourismHosted.mayReview(LI_NA, "education")).isFalse();
        assertThat(tourismHosted.mayReview(TOURISM_REVIEWER, "education")).isTrue();
    }

    private static Article submittedTourismArticle() {
        Article article = tourismDraft();
        article.submit(HUANG_LI, Fixtures.T0.plusSeconds(1));
        return article;
    }
}
