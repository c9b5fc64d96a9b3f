package io.zhengtong.portal.article;

import static io.zhengtong.portal.article.OfficeClient.CITIZEN;
import static io.zhengtong.portal.article.OfficeClient.HUANG_LI;
import static io.zhengtong.portal.article.OfficeClient.LI_NA;
import static io.zhengtong.portal.article.OfficeClient.MA_JUN;
import static io.zhengtong.portal.article.OfficeClient.YANG_MIN;
import static io.zhengtong.portal.article.OfficeClient.ZHANG_WEI;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import io.zhengtong.platform.test.IntegrationTest;

/** Editors and reviewers handle articles through the OA API, against the real database and Keycloak. */
@IntegrationTest
class ArticleWorkflowIT {

    @LocalServerPort
    int port;

    @Autowired
    PublishedArticles website;

    OfficeClient as(String user) {
        return OfficeClient.as(user, port);
    }

    static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void anEditorDraftsAndSubmitsAReviewerPublishesAndLaterWithdrawsIt() {
        String title = unique("县政府召开常务会议");
        Map<String, Object> draft = as(ZHANG_WEI).draft(title, "news",
                "<p>会议研究了<strong>重点工作</strong>。</p><script>alert(1)</script><img src=x onerror=alert(1)>");

        assertThat(draft).containsEntry("status", "DRAFT").containsEntry("statusLabel", "草稿")
            .containsEntry("channelName", "政务要闻").containsEntry("unitCode", "gov-office")
            .containsEntry("unitName", "凤县人民政府办公室").containsEntry("authorName", "张伟");
        assertThat((String) draft.get("bodyHtml")).contains("<strong>重点工作</strong>").doesNotContain("script")
            .doesNotContain("onerror");
        assertThat((List<String>) draft.get("allowedActions")).containsExactly("edit", "submit");

        Map<String, Object> submitted = as(ZHANG_WEI).act("submit", draft, null);
        assertThat(submitted).containsEntry("status", "SUBMITTED").containsEntry("statusLabel", "待审核");
        assertThat((List<String>) submitted.get("allowedActions")).isEmpty();
        assertThat((List<String>) as(LI_NA).get("/api/portal/articles/{id}", draft.get("id")).getBody()
            .get("allowedActions")).containsExactly("approve", "reject");

        Map<String, Object> published = as(LI_NA).act("approve", submitted, null);
        assertThat(published).containsEntry("status", "PUBLISHED").containsEntry("statusLabel", "已发布");
        assertThat(published.get("publishedAt")).isNotNull();
        assertThat(history(published)).extracting(entry -> entry.get("action") + "/" + entry.get("actorName"))
            .containsExactly("CREATED/张伟", "SUBMITTED/张伟", "PUBLISHED/李娜");
        long id = ((Number) draft.get("id")).longValue();
        assertThat(website.article(id)).hasValueSatisfying(article -> {
            assertThat(article.title()).isEqualTo(title);
            assertThat(article.channelName()).isEqualTo("政务要闻");
            assertThat(article.unitName()).isEqualTo("凤县人民政府办公室");
            assertThat(article.url()).isEqualTo("/articles/" + id);
        });

        Map<String, Object> withdrawn = as(LI_NA).act("withdraw", published, "内容需要更新");
        assertThat(withdrawn).containsEntry("status", "WITHDRAWN").containsEntry("statusLabel", "已撤回");
        assertThat(history(withdrawn).getLast()).containsEntry("action", "WITHDRAWN")
            .containsEntry("actionLabel", "撤回").containsEntry("reason", "内容需要更新");
        assertThat(website.article(id)).isEmpty();
        assertThat(website.all()).noneMatch(summary -> summary.id() == id);
    }

    @Test
    void aRejectedArticleIsEditedBackIntoADraftAndSubmittedAgain() {
        Map<String, Object> draft = as(ZHANG_WEI).draft(unique("关于做好防汛工作的通知"), "notices", "<p>初稿</p>");
        Map<String, Object> submitted = as(ZHANG_WEI).act("submit", draft, null);

        Map<String, Object> rejected = as(LI_NA).act("reject", submitted, "请补充发文单位");
        assertThat(rejected).containsEntry("status", "REJECTED").containsEntry("rejectionReason", "请补充发文单位");
        assertThat(as(ZHANG_WEI).get("/api/portal/articles/{id}", draft.get("id")).getBody().get("allowedActions"))
            .isEqualTo(List.of("edit"));
        assertThat(as(ZHANG_WEI).transition("submit", rejected, null).getStatusCode()).isEqualTo(HttpStatus.CONFLICT);

        Map<String, Object> change = new HashMap<>(Map.of("title", rejected.get("title"), "channelCode", "notices",
                "bodyHtml", "<p>初稿</p><p>凤县人民政府办公室</p>", "version", rejected.get("version")));
        ResponseEntity<Map> edited = as(ZHANG_WEI).put("/api/portal/articles/{id}", change, draft.get("id"));
        assertThat(edited.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(edited.getBody()).containsEntry("status", "DRAFT");

        Map<String, Object> resubmitted = as(ZHANG_WEI).act("submit", edited.getBody(), null);
        assertThat(resubmitted).containsEntry("status", "SUBMITTED");
        assertThat(resubmitted.get("rejectionReason")).isNull();
        assertThat(history(resubmitted)).extracting(entry -> entry.get("action"))
            .containsExactly("CREATED", "SUBMITTED", "REJECTED", "EDITED", "SUBMITTED");
    }

    @Test
    void theCountyOfficesReviewerReviewsADepartmentsArticleWhichOtherUnitsEditorsCannotSee() {
        Map<String, Object> draft = as(HUANG_LI).draft(unique("凤县紫柏山景区春季开放"), "tourism", "<p>紫柏山景区即日起开放。</p>");
        assertThat(draft).containsEntry("unitCode", "culture-tourism");
        Map<String, Object> submitted = as(HUANG_LI).act("submit", draft, null);

        assertThat(as(ZHANG_WEI).get("/api/portal/articles/{id}", draft.get("id")).getStatusCode())
            .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(ids(as(ZHANG_WEI).get("/api/portal/articles?size=100&q={q}", draft.get("title")))).isEmpty();
        assertThat(ids(as(LI_NA).get("/api/portal/articles?size=100&q={q}", draft.get("title"))))
            .containsExactly(draft.get("id"));
        assertThat(ids(as(MA_JUN).get("/api/portal/articles?size=100&q={q}", draft.get("title"))))
            .containsExactly(draft.get("id"));

        assertThat(as(LI_NA).act("approve", submitted, null)).containsEntry("status", "PUBLISHED");
    }

    @Test
    void anEditorCannotWriteInAnotherUnitsChannelNorReviewAndStaffWithoutTheRoleCannotUseTheWorkflow() {
        ResponseEntity<Map> foreignChannel = as(HUANG_LI).post("/api/portal/articles",
                Map.of("title", "越权", "channelCode", "news", "bodyHtml", "<p>x</p>"));
        assertThat(foreignChannel.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertProblem(foreignChannel);

        Map<String, Object> submitted = as(ZHANG_WEI).act("submit",
                as(ZHANG_WEI).draft(unique("编辑不能自己发布"), "news", "<p>x</p>"), null);
        ResponseEntity<Map> selfApproval = as(ZHANG_WEI).transition("approve", submitted, null);
        assertThat(selfApproval.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(selfApproval.getBody()).containsEntry("title", "没有操作权限");

        assertThat(as(YANG_MIN).get("/api/portal/articles").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as(YANG_MIN).post("/api/portal/articles",
                Map.of("title", "t", "channelCode", "news", "bodyHtml", "<p>x</p>")).getStatusCode())
            .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as(YANG_MIN).get("/api/portal/articles/{id}", submitted.get("id")).getStatusCode())
            .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as(CITIZEN).get("/api/portal/articles").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(as(CITIZEN).get("/api/portal/channels").getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(OfficeClient.anonymous(port).get("/api/portal/articles").getStatusCode())
            .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void anUnknownArticleAndAnotherUnitsArticleAnswerTheSame404() {
        Map<String, Object> theirs = as(HUANG_LI).draft(unique("旅游线路推荐"), "tourism", "<p>x</p>");

        ResponseEntity<Map> invisible = as(ZHANG_WEI).get("/api/portal/articles/{id}", theirs.get("id"));
        ResponseEntity<Map> unknown = as(ZHANG_WEI).get("/api/portal/articles/{id}", Long.MAX_VALUE);
        ResponseEntity<Map> changeInvisible = as(ZHANG_WEI).transition("submit", theirs, null);

        assertThat(invisible.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(changeInvisible.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertProblem(invisible);
        assertThat(invisible.getBody().get("title")).isEqualTo(unknown.getBody().get("title"));
    }

    @Test
    void aChangeBasedOnAStaleVersionIsRefusedWith409AndChangesNothing() {
        Map<String, Object> draft = as(ZHANG_WEI).draft(unique("原标题"), "news", "<p>原文</p>");
        Map<String, Object> change = new HashMap<>(Map.of("title", "他人修改", "channelCode", "news", "bodyHtml",
                "<p>他人修改</p>", "version", draft.get("version")));
        Map<String, Object> edited = as(ZHANG_WEI).put("/api/portal/articles/{id}", change, draft.get("id")).getBody();

        change.put("title", "过期修改");
        ResponseEntity<Map> staleEdit = as(ZHANG_WEI).put("/api/portal/articles/{id}", change, draft.get("id"));
        ResponseEntity<Map> staleSubmit = as(ZHANG_WEI).transition("submit", draft, null);

        assertThat(staleEdit.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(staleSubmit.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertProblem(staleEdit);
        Map<String, Object> now = as(ZHANG_WEI).get("/api/portal/articles/{id}", draft.get("id")).getBody();
        assertThat(now).containsEntry("title", "他人修改").containsEntry("status", "DRAFT")
            .containsEntry("version", edited.get("version"));
        assertThat(history(now)).hasSize(2);
    }

    @Test
    void aTransitionNotAllowedInTheCurrentStateIsA409InChinese() {
        Map<String, Object> draft = as(ZHANG_WEI).draft(unique("草稿不能直接发布"), "news", "<p>x</p>");

        ResponseEntity<Map> approveDraft = as(LI_NA).transition("approve", draft, null);

        assertThat(approveDraft.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertProblem(approveDraft);
        assertThat(approveDraft.getBody()).containsEntry("type", "urn:zhengtong:problem:article-state");
        assertThat((String) approveDraft.getBody().get("detail")).contains("草稿");
    }

    @Test
    void missingFieldsAndReasonsAreNamedInTheValidationProblem() {
        ResponseEntity<Map> empty = as(ZHANG_WEI).post("/api/portal/articles", Map.of("title", "x".repeat(201)));
        assertThat(empty.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(empty)).containsExactlyInAnyOrder("title", "channelCode", "bodyHtml");
        assertThat(errors(empty)).anySatisfy(error -> assertThat(error).containsEntry("field", "title")
            .containsEntry("message", "标题不能超过200个字"));

        Map<String, Object> submitted = as(ZHANG_WEI).act("submit",
                as(ZHANG_WEI).draft(unique("退回须说明理由"), "news", "<p>x</p>"), null);
        ResponseEntity<Map> noReason = as(LI_NA).transition("reject", submitted, " ");
        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(fields(noReason)).containsExactly("reason");
        assertThat(as(LI_NA).get("/api/portal/articles/{id}", submitted.get("id")).getBody())
            .containsEntry("status", "SUBMITTED");

        ResponseEntity<Map> unknownChannel = as(ZHANG_WEI).post("/api/portal/articles",
                Map.of("title", "t", "channelCode", "no-such-channel", "bodyHtml", "<p>x</p>"));
        assertThat(unknownChannel.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);

        ResponseEntity<Map> onlyScript = as(ZHANG_WEI).post("/api/portal/articles",
                Map.of("title", "t", "channelCode", "news", "bodyHtml", "<script>alert(1)</script>"));
        assertThat(onlyScript.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
    }

    @Test
    void theListShowsTheCallersUnitNewestChangeFirstWithPaging() {
        String marker = unique("列表测试");
        Map<String, Object> older = as(ZHANG_WEI).draft(marker + " 甲", "news", "<p>x</p>");
        Map<String, Object> newer = as(ZHANG_WEI).draft(marker + " 乙", "policy", "<p>x</p>");

        ResponseEntity<Map> page = as(ZHANG_WEI).get("/api/portal/articles?q={q}&size=1", marker);

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).containsEntry("totalElements", 2).containsEntry("totalPages", 2)
            .containsEntry("page", 0).containsEntry("size", 1);
        assertThat(ids(page)).containsExactly(newer.get("id"));
        assertThat(ids(as(ZHANG_WEI).get("/api/portal/articles?q={q}&channel=news", marker)))
            .containsExactly(older.get("id"));
        assertThat(ids(as(ZHANG_WEI).get("/api/portal/articles?q={q}&status=PUBLISHED", marker))).isEmpty();
        Map<String, Object> first = ((List<Map<String, Object>>) page.getBody().get("content")).getFirst();
        assertThat(first).containsKeys("id", "title", "channelCode", "channelName", "unitCode", "status",
                "statusLabel", "authorName", "updatedAt", "publishedAt", "version");

        ResponseEntity<Map> tooLarge = as(ZHANG_WEI).get("/api/portal/articles?size=101");
        assertThat(tooLarge.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(tooLarge.getBody()).containsEntry("type", "urn:zhengtong:problem:validation")
            .containsEntry("errors", List.of(Map.of("field", "size", "message", "每页条数（size）须在1到100之间")));
    }

    @Test
    void creatingAnswers201WithTheLocationOfTheNewArticle() {
        ResponseEntity<Map> created = as(ZHANG_WEI).post("/api/portal/articles",
                Map.of("title", unique("新建"), "channelCode", "news", "bodyHtml", "<p>x</p>", "summary", "摘要"));

        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(created.getHeaders().getLocation()).hasPath("/api/portal/articles/" + created.getBody().get("id"));
        assertThat(created.getBody()).containsEntry("summary", "摘要").containsEntry("version", 0);
    }

    private static List<Map<String, Object>> history(Map<String, Object> detail) {
        return (List<Map<String, Object>>) detail.get("history");
    }

    private static List<Object> ids(ResponseEntity<Map> page) {
        return ((List<Map<String, Object>>) page.getBody().get("content")).stream().map(item -> item.get("id")).toList();
    }

    private static List<Map<String, Object>> errors(ResponseEntity<Map> problem) {
        return (List<Map<String, Object>>) problem.getBody().get("errors");
    }

    private static List<Object> fields(ResponseEntity<Map> problem) {
        return errors(problem).stream().map(error -> error.get("field")).toList();
    }

    private static void assertProblem(ResponseEntity<Map> answer) {
        assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat((String) answer.getBody().get("title")).isNotBlank();
        assertThat((String) answer.getBody().get("detail")).isNotBlank();
        assertThat(answer.getHeaders().getFirst(HttpHeaders.CONTENT_TYPE)).isNotNull();
    }
}
