package io.zhengtong.deploy.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.TimeoutError;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

/**
 * The proof of the document exchange, in a browser through the gateway: a clerk of the
 * county government office drafts a document in the OA, the office head checks it, the leader
 * signs it off, the clerk dispatches it to three units; the education bureau signs for it (the
 * clerk sees the signed receipt on the tracking board), the housing bureau returns it with a
 * reason, and the finance bureau, reminded with the 催办 button, sees the reminder in its inbox.
 * Runs against the demo platform; the dispatched document stays there (documents are never
 * deleted), with a unique title.
 */
class DocumentExchangeIT extends BrowserTest {

    private static final String CLERK = "zhang.wei";      // 张伟, 县政府办公室, staff
    private static final String REVIEWER = "li.na";      // 李娜, 县政府办公室, reviewer: 核稿
    private static final String LEADER = "liu.yang";      // 刘洋, 副县长, leader: 签发
    private static final String EDUCATION = "yang.min";   // 杨敏, 凤县教育局
    private static final String HOUSING = "zhao.lei";     // 赵磊, 凤县住房和城乡建设局
    private static final String FINANCE = "zhou.qiang";   // 周强, 凤县财政局

    private static final String EDUCATION_NAME = "凤县教育局";
    private static final String HOUSING_NAME = "凤县住房和城乡建设局";
    private static final String FINANCE_NAME = "凤县财政局";

    /** The fan-out runs through Kafka: a copy reaches an inbox within seconds. */
    private static final Duration DELIVERY_DEADLINE = Duration.ofSeconds(30);

    /** The smallest file the service accepts as a PDF body (it checks the bytes, not the name). */
    private static final byte[] BODY_PDF = ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
        .getBytes(StandardCharsets.US_ASCII);

    private static Locator button(Page page, String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    /** The Element Plus message box or dialog with this title, once it shows. */
    private static Locator dialog(Page page, String title) {
        Locator dialog = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName(title));
        assertThat(dialog).isVisible();
        return dialog;
    }

    /** Clicks the confirming button of the message box or dialog with this title. */
    private static void confirm(Page page, String dialogTitle, String buttonName) {
        dialog(page, dialogTitle).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(buttonName).setExact(true))
            .click();
    }

    private Page staffPage(String username) {
        Page page = newContext((Path) null).newPage();
        logInToOa(page, username);
        return page;
    }

    /**
     * Picks units in an Element Plus multiple select labelled {@code label}: its empty search input
     * has no width, so the click goes to the select's box; its options are in the listbox of that name.
     */
    private static void pickUnits(Page page, String label, String... units) {
        page.getByRole(AriaRole.COMBOBOX, new Page.GetByRoleOptions().setName(label))
            .locator("xpath=ancestor::div[contains(@class,'el-select__wrapper')]").click();
        Locator listbox = page.getByRole(AriaRole.LISTBOX, new Page.GetByRoleOptions().setName(label));
        for (String unit : units) {
            listbox.getByRole(AriaRole.OPTION, new Locator.GetByRoleOptions().setName(unit).setExact(true)).click();
        }
        page.keyboard().press("Escape");
    }

    /** Element Plus hides the native radio under its label: a clerk clicks the label's text. */
    private static void choose(Page page, String group, String option) {
        page.getByRole(AriaRole.RADIOGROUP, new Page.GetByRoleOptions().setName(group))
            .getByText(option, new Locator.GetByTextOptions().setExact(true)).click();
        assertThat(page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(option).setExact(true))).isChecked();
    }

    private static String outgoingIdFrom(Page page) {
        page.waitForURL(Pattern.compile(".*/oa/exchange/outgoing/[0-9a-f-]{36}$"));
        Matcher id = Pattern.compile("/oa/exchange/outgoing/([0-9a-f-]{36})$").matcher(page.url());
        assertThat(id.find()).as("document id in %s", page.url()).isTrue();
        return id.group(1);
    }

    /** Opens the unit's inbox until the document has arrived (the fan-out is asynchronous), then opens it. */
    private static void openFromInbox(Page page, String title) {
        Locator link = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title).setExact(true));
        long start = System.nanoTime();
        while (true) {
            open(page, "/oa/exchange/inbox");
            try {
                link.waitFor(new Locator.WaitForOptions().setTimeout(3_000)); // the list loads after the page
                break;
            }
            catch (TimeoutError notYet) {
                if (Duration.ofNanos(System.nanoTime() - start).compareTo(DELIVERY_DEADLINE) > 0) {
                    throw notYet;
                }
            }
        }
        link.click();
        page.waitForURL(Pattern.compile(".*/oa/exchange/inbox/[0-9a-f-]{36}$"));
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title))).isVisible();
    }

    private static Locator trackingRow(Page page, String unit) {
        return page.getByTestId("tracking-table").locator("tbody tr")
            .filter(new Locator.FilterOptions().setHasText(unit));
    }

    /** Refreshes the tracking board until every copy has arrived (delivery is asynchronous). */
    private static void refreshTrackingUntilDelivered(Page page, int copies) {
        Locator rows = page.getByTestId("tracking-table").locator("tbody tr");
        long start = System.nanoTime();
        do {
            button(page, "刷新跟踪").click();
            page.waitForTimeout(1_000);
        }
        while (rows.count() < copies && Duration.ofNanos(System.nanoTime() - start).compareTo(DELIVERY_DEADLINE) < 0);
        assertThat(rows).hasCount(copies);
    }

    @Test
    void aClerkDraftsTheLeaderSignsOffAndOfThreeUnitsOneSignsForItOneReturnsItAndTheThirdIsReminded() {
        String suffix = "E2E" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        String title = "凤县人民政府办公室关于做好冬季森林防火工作的通知（" + suffix + "）";
        String returnReason = "该事项不属于本单位职责，请改送应急管理部门";

        // 张伟 drafts: GB/T 9704 elements, three recipients, the PDF body; saves and sends it for checking.
        Page clerk = staffPage(CLERK);
        open(clerk, "/oa/exchange/outgoing/new");
        assertThat(clerk.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("拟稿").setExact(true))).isVisible();
        choose(clerk, "紧急程度", "加急");
        clerk.getByLabel("标题", new Page.GetByLabelOptions().setExact(true)).fill(title);
        pickUnits(clerk, "主送机关", EDUCATION_NAME, HOUSING_NAME);
        pickUnits(clerk, "抄送机关", FINANCE_NAME);
        clerk.locator("#compose-body").setInputFiles(new FilePayload("正文.pdf", "application/pdf", BODY_PDF));
        choose(clerk, "公开方式", "依申请公开");
        button(clerk, "保存并送核稿").click();
        String documentId = outgoingIdFrom(clerk);
        assertThat(clerk.getByTestId("detail-status")).hasText("待核稿");

        // 李娜 checks it (核稿).
        Page reviewer = staffPage(REVIEWER);
        open(reviewer, "/oa/exchange/outgoing/" + documentId);
        assertThat(reviewer.getByTestId("detail-status")).hasText("待核稿");
        button(reviewer, "核稿通过").click();
        dialog(reviewer, "核稿通过").getByLabel("核稿意见").fill("文字已核，请领导签发。");
        confirm(reviewer, "核稿通过", "核稿通过");
        assertThat(reviewer.getByTestId("detail-status")).hasText("待签发");

        // 刘洋, the leader, signs it off (签发).
        Page leader = staffPage(LEADER);
        open(leader, "/oa/exchange/outgoing/" + documentId);
        assertThat(leader.getByTestId("detail-status")).hasText("待签发");
        button(leader, "签发").click();
        dialog(leader, "签发").getByLabel("签发意见").fill("同意。");
        confirm(leader, "签发", "签发");
        assertThat(leader.getByTestId("detail-status")).hasText("已签发待分发");

        // 张伟 dispatches: numbered, signed with the office's key, fanned out to the three units.
        clerk.reload();
        assertThat(clerk.getByTestId("detail-status")).hasText("已签发待分发");
        button(clerk, "分发").click();
        confirm(clerk, "分发", "分发");
        assertThat(clerk.getByTestId("detail-status")).hasText("已分发");
        assertThat(clerk.getByTestId("metadata")).containsText("凤政办〔");
        assertThat(clerk.getByTestId("signature-status")).hasText("有效");

        // 杨敏 (education) opens it, sees a valid signature of the government office and signs for it.
        Page education = staffPage(EDUCATION);
        openFromInbox(education, title);
        assertThat(education.getByTestId("signature-status")).hasText("有效");
        assertThat(education.getByTestId("signature-signer")).hasText("凤县人民政府办公室");
        button(education, "签收").click();
        confirm(education, "签收", "签收");
        assertThat(education.getByTestId("detail-status")).hasText("已签收");

        // 赵磊 (housing) returns it with a reason.
        Page housing = staffPage(HOUSING);
        openFromInbox(housing, title);
        button(housing, "退回").click();
        dialog(housing, "退回公文").getByLabel("退回原因").fill(returnReason);
        confirm(housing, "退回公文", "退回");
        assertThat(housing.getByTestId("detail-status")).hasText("已退回");
        assertThat(housing.getByTestId("return-reason")).containsText(returnReason);

        // 张伟 sees the receipt and the return on the tracking board, and reminds the finance bureau.
        refreshTrackingUntilDelivered(clerk, 3);
        assertThat(trackingRow(clerk, EDUCATION_NAME).getByTestId("tracking-signed")).containsText("杨敏 签收");
        assertThat(trackingRow(clerk, EDUCATION_NAME).getByTestId("receipt-valid")).containsText("回执签名有效");
        assertThat(trackingRow(clerk, HOUSING_NAME).getByTestId("tracking-returned")).containsText(returnReason);
        assertThat(clerk.getByTestId("sign-for-rate")).containsText("已签收 1");
        assertThat(clerk.getByTestId("remind-one")).hasCount(1); // only the finance bureau is still to sign
        clerk.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("催办" + FINANCE_NAME).setExact(true)).click();
        assertThat(clerk.getByText("已催办 1 个单位")).isVisible();
        assertThat(trackingRow(clerk, FINANCE_NAME).getByTestId("tracking-reminders")).hasText("已催办 1 次");

        // 周强 (finance) sees the reminder on the document in the inbox.
        Page finance = staffPage(FINANCE);
        open(finance, "/oa/exchange/inbox");
        Locator row = finance.getByTestId("inbox-table").locator("tbody tr")
            .filter(new Locator.FilterOptions().setHasText(title));
        assertThat(row).hasCount(1);
        assertThat(row.getByTestId("inbox-reminded")).hasText("已催办 1 次");
    }
}
