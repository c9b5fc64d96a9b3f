package io.zhengtong.deploy.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

/**
 * The proof, in a browser through the gateway: an editor drafts an article in the OA, a
 * reviewer approves it, and an anonymous visitor finds it with the website's search within
 * seconds. Runs against the demo platform, so what it publishes is withdrawn at the end.
 */
class ArticlePublishingIT extends BrowserTest {

    /** A two-character word the demo content does not use, so the new article is easy to find. */
    private static final String WORD = "雪豹";
    private static final Duration SEARCH_DEADLINE = Duration.ofSeconds(20);

    private static String uniqueSuffix() {
        return "E2E" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    }

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** Clicks the confirming button of an Element Plus message box or dialog with this title. */
    private static void confirm(Page page, String dialogTitle, String buttonName) {
        Locator dialog = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName(dialogTitle));
        assertThat(dialog).isVisible();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(buttonName).setExact(true)).click();
    }

    private static long articleIdFrom(Page page) {
        page.waitForURL(Pattern.compile(".*/oa/portal/articles/\\d+$"));
        Matcher id = Pattern.compile("/oa/portal/articles/(\\d+)$").matcher(page.url());
        assertThat(id.find()).as("article id in %s", page.url()).isTrue();
        return Long.parseLong(id.group(1));
    }

    @Test
    void anEditorDraftsAnArticleAReviewerApprovesItAndAVisitorFindsItWithTheSiteSearchWithinSeconds() {
        String suffix = uniqueSuffix();
        String title = "凤县开展秦岭" + WORD + "保护宣传活动（" + suffix + "）";
        String firstParagraph = "县林业局深入秦岭" + WORD + "栖息地周边村组，宣传野生动物保护法律法规。";
        String secondParagraph = "活动共发放宣传资料三百余份，编号" + suffix + "。";
        Long articleId = null;
        try {
            // 张伟 drafts the article in the OA's rich-text editor and submits it.
            Page editor = newContext((Path) null).newPage();
            logInToOa(editor, PortalArticles.EDITOR);
            open(editor, "/oa/portal/articles/new");
            assertThat(editor.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("新建文章"))).isVisible();
            editor.getByLabel("标题", new Page.GetByLabelOptions().setExact(true)).fill(title);
            editor.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName("栏目")).click();
            editor.getByRole(AriaRole.TREEITEM, new Page.GetByRoleOptions().setName("政务要闻").setExact(true)).click();
            editor.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("正文").setExact(true)).click();
            editor.keyboard().type(firstParagraph);
            editor.keyboard().press("Enter");
            editor.keyboard().type(secondParagraph);

            button(editor, "保存草稿").click();
            assertThat(editor.getByText("草稿已保存")).isVisible();
            editor.waitForURL(Pattern.compile(".*/oa/portal/articles/\\d+/edit$"));

            button(editor, "提交审核").click();
            confirm(editor, "提交审核", "提交");
            articleId = articleIdFrom(editor);
            assertThat(editor.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title))).isVisible();
            assertThat(editor.getByTestId("detail-status")).hasText("待审核");
            assertThat(editor.getByTestId("article-body")).containsText(firstParagraph);

            // 李娜, in her own browser, finds it among the articles waiting for her and approves it.
            Page reviewer = newContext((Path) null).newPage();
            logInToOa(reviewer, PortalArticles.REVIEWER);
            open(reviewer, "/oa/portal/articles");
            reviewer.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("待审核")).click();
            reviewer.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title).setExact(true)).click();
            assertThat(articleIdFrom(reviewer)).isEqualTo(articleId);
            button(reviewer, "审核通过").click();
            confirm(reviewer, "审核通过", "通过并发布");
            assertThat(reviewer.getByText("审核通过，文章已发布")).isVisible();
            assertThat(reviewer.getByTestId("detail-status")).hasText("已发布");
            long approvedAt = System.nanoTime();

            // A visitor, not logged in, types the word into the website's search box.
            Page visitor = newContextWith(anonymous()).newPage();
            open(visitor, "/");
            visitor.getByRole(AriaRole.SEARCHBOX, new Page.GetByRoleOptions().setName("站内搜索")).fill(WORD);
            visitor.getByRole(AriaRole.SEARCHBOX, new Page.GetByRoleOptions().setName("站内搜索")).press("Enter");
            visitor.waitForURL(Pattern.compile(".*/search\\?q=.*"));

            Locator hit = visitor.locator("ol.hits > li").filter(new Locator.FilterOptions().setHasText(suffix));
            long start = System.nanoTime();
            while (hit.count() == 0 && Duration.ofNanos(System.nanoTime() - start).compareTo(SEARCH_DEADLINE) < 0) {
                visitor.waitForTimeout(500); // the index is fed by events: poll as a visitor would, by reloading
                visitor.reload();
            }
            System.out.printf("the visitor's search found the article %d ms after the reviewer saw it published%n",
                    Duration.ofNanos(System.nanoTime() - approvedAt).toMillis());
            assertThat(hit).hasCount(1);
            assertThat(visitor.locator(".search-summary")).containsText("找到与“" + WORD + "”相关的结果");
            assertThat(hit.locator("h3 a em").first()).hasText(WORD);

            hit.locator("h3 a").click();
            visitor.waitForURL(Pattern.compile(".*/articles/" + articleId + "$"));
            assertThat(visitor.locator("h1")).hasText(title);
            assertThat(visitor.locator("main")).containsText(firstParagraph);
            assertThat(visitor.locator("main")).containsText(secondParagraph);

            // Withdrawn again (the demo site stays as it was): the page is gone and search forgets it.
            PortalArticles.withdrawQuietly(articleId);
            Response gone = open(visitor, "/articles/" + articleId);
            assertThat(gone.status()).isEqualTo(404);
            assertThat(visitor.locator("main")).containsText("您访问的页面不存在");
        }
        finally {
            PortalArticles.withdrawQuietly(articleId);
        }
    }

    @Test
    void aReviewerSendsAnArticleBackWithAReasonAndTheEditorReadsIt() {
        String title = "关于报送" + WORD + "监测数据的通知（" + uniqueSuffix() + "）";
        long articleId = PortalArticles.draft(title, "notices", "<p>请各单位按时报送监测数据。</p>");
        PortalArticles.submit(articleId);
        String reason = "请补充监测时间和报送方式";

        Page reviewer = newContext((Path) null).newPage();
        logInToOa(reviewer, PortalArticles.REVIEWER);
        open(reviewer, "/oa/portal/articles/" + articleId);
        assertThat(reviewer.getByTestId("detail-status")).hasText("待审核");
        button(reviewer, "退回").click();
        Locator dialog = reviewer.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("退回文章"));
        dialog.getByLabel("退回原因").fill(reason);
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("退回").setExact(true)).click();
        assertThat(reviewer.getByText("已退回给编辑")).isVisible();
        assertThat(reviewer.getByTestId("detail-status")).hasText("已退回");

        Page editor = newContext((Path) null).newPage();
        logInToOa(editor, PortalArticles.EDITOR);
        open(editor, "/oa/portal/articles/" + articleId);
        assertThat(editor.getByTestId("detail-status")).hasText("已退回");
        assertThat(editor.getByTestId("rejection-reason")).containsText("退回原因");
        assertThat(editor.getByTestId("rejection-reason")).containsText(reason);
        assertThat(button(editor, "编辑")).isVisible(); // they can correct it and submit it again
    }
}
