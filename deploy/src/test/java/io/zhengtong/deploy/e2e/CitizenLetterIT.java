package io.zhengtong.deploy.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import com.microsoft.playwright.options.AriaRole;

/**
 * The citizen's half of the browser test, through the gateway: a citizen finds the
 * mailbox from the home page, writes to the county head (a mistyped phone number is explained
 * next to the field and what was typed is kept), answers the captcha's question as a screen-reader
 * user would, attaches a PDF (a program is refused at the file field), gets the tracking code and
 * query password, and follows the letter with them. What they wrote, script included, is shown as
 * text. (The staff's half is {@link MailboxHandlingIT}.)
 */
class CitizenLetterIT extends BrowserTest {

    /** A small but real PDF (the mailbox decides the type from the content). */
    static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
        .getBytes(StandardCharsets.US_ASCII);

    /** The form field whose label contains these words. */
    private static com.microsoft.playwright.Locator field(Page page, String label) {
        return page.getByLabel(label);
    }

    private static void assertNoSeriousAccessibilityProblem(Page page, String what) {
        AxeResults results = new AxeBuilder(page).analyze();
        List<String> findings = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            if ("serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact())) {
                for (CheckedNode node : rule.getNodes()) {
                    findings.add(rule.getId() + " at " + node.getTarget() + ": " + node.getHtml());
                }
            }
        }
        assertThat(findings).as("axe-core on the %s", what).isEmpty();
    }

    @Test
    void aCitizenWritesToTheCountyHeadAndFollowsTheLetterWithTheTrackingCode() {
        String suffix = "E2E" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        String subject = "<script>document.title='x'</script>县城公交站台缺少遮阳棚（" + suffix + "）";
        String content = "双石铺镇汽车站对面的公交站台没有遮阳棚，夏天候车很晒。<img src=x onerror=alert(1)>";
        Page page = newContextWith(anonymous()).newPage();
        List<String> urls = new ArrayList<>();
        page.onRequest(request -> urls.add(request.url()));

        // From the home page to the county head's mailbox.
        open(page, "/");
        page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("主导航"))
            .getByRole(AriaRole.LINK, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("领导信箱")).click();
        page.waitForURL(Pattern.compile(".*/mailbox$"));
        assertThat(page.locator("main")).containsText("答复时限为：咨询3个工作日");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("给县长信箱写信")).click();
        page.waitForURL(Pattern.compile(".*/mailbox/county-head/write$"));

        // A first try with a mistyped phone number: explained at the field, the letter kept.
        field(page, "信件类型").selectOption("CONSULTATION");
        field(page, "信件标题").fill(subject);
        field(page, "信件内容").fill(content);
        LetterFormFields.writerName(page).fill("王小明");
        field(page, "手机号码").fill("1381234");
        field(page, "同意在答复后公开选登本信（公开时隐去姓名、电话等个人信息）").check();
        LetterCaptcha.solve(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交信件")).click();
        assertThat(page.locator("#error-contactPhone")).isVisible();
        assertThat(field(page, "手机号码")).hasAttribute("aria-invalid", "true");
        assertThat(field(page, "信件标题")).hasValue(subject);
        assertThat(field(page, "信件内容")).hasValue(content);
        assertNoSeriousAccessibilityProblem(page, "letter form with field errors");

        // Corrected, but with a program attached instead of a photo: explained at the file field, the letter kept.
        field(page, "手机号码").fill("13812341234");
        field(page, "附件（选填）").setInputFiles(new FilePayload("站台照片.exe", "application/octet-stream",
                "MZ".getBytes(StandardCharsets.US_ASCII)));
        LetterCaptcha.solve(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交信件")).click();
        assertThat(page.locator("#error-attachments")).containsText("格式不支持");
        assertThat(field(page, "附件（选填）")).hasAttribute("aria-invalid", "true");
        assertThat(field(page, "信件内容")).hasValue(content);
        assertThat(field(page, "手机号码")).hasValue("13812341234");
        assertNoSeriousAccessibilityProblem(page, "letter form with a refused attachment");

        // With a PDF and a fresh captcha: the receipt shows the code and the password once.
        assertThat(page.locator("#attachments-hint")).containsText("最多3个文件，每个不超过10MB");
        field(page, "附件（选填）").setInputFiles(new FilePayload("站台现状说明.pdf", "application/pdf", PDF));
        LetterCaptcha.solve(page);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交信件")).click();
        assertThat(page.locator("h1")).hasText("信件已提交");
        String code = page.getByTestId("tracking-code").textContent().strip();
        String password = page.getByTestId("query-password").textContent().strip();
        assertThat(code).matches("[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}");
        assertThat(password).matches("[2-9A-Z]{5}-[2-9A-Z]{5}");
        assertThat(page.locator("main")).containsText("查询密码只显示这一次");
        assertNoSeriousAccessibilityProblem(page, "receipt");

        // Following the letter: typed as from paper (lower case, no hyphens).
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("查询信件办理情况")).click();
        page.waitForURL(Pattern.compile(".*/mailbox/track$"));
        field(page, "查询码").fill(code.replace("-", "").toLowerCase());
        field(page, "查询密码").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查询").setExact(true)).click();
        assertThat(page.locator("h1")).hasText("信件办理情况");
        assertThat(page.getByTestId("letter-status")).hasText("待受理");
        assertThat(page.locator("#letter-subject")).hasText(subject);
        assertThat(page.locator("main")).containsText(content);
        // Due from the day it was written, before any dispatcher opened it.
        assertThat(page.getByTestId("due-date")).hasText(Pattern.compile("\\s*\\d{4}-\\d{2}-\\d{2}\\s*"));
        assertThat(page.getByTestId("due-date-explanation")).containsText("收到当日不计");
        assertThat(page.locator("main script")).hasCount(0);
        assertThat(page.locator("main img[src='x']")).hasCount(0);
        assertThat(page.title()).doesNotStartWith("x");
        assertNoSeriousAccessibilityProblem(page, "letter status page");

        // The password never travelled in an address.
        String passwordWithoutHyphen = password.replace("-", "");
        assertThat(urls).noneMatch(url -> url.contains(password) || url.contains(passwordWithoutHyphen));

        // A wrong password is told apart from nothing: the same friendly refusal for any mistake.
        open(page, "/mailbox/track");
        field(page, "查询码").fill(code);
        field(page, "查询密码").fill("AAAAA-BBBBB");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查询").setExact(true)).click();
        assertThat(page.getByRole(AriaRole.ALERT)).containsText("查询码或查询密码不正确");
    }
}
