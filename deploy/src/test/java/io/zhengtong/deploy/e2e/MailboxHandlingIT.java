package io.zhengtong.deploy.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * The mailbox issue's browser test, through the gateway: a citizen writes to 信访局信箱, the
 * dispatcher 王芳 accepts and forwards it to 副县长 刘洋, who instructs the housing bureau; 赵磊
 * signs for it and drafts the reply, 王芳 approves it (the housing bureau has no leader among the
 * demo users, so the mailbox's dispatcher reviews), and the citizen reads the reply with the
 * tracking code and rates it. The citizen's steps are the website's letter pages, the staff's the
 * OA's screens.
 */
class MailboxHandlingIT extends BrowserTest {

    static final String DISPATCHER = "wang.fang"; // dispatcher, petition (owns 信访局信箱)
    static final String LEADER = "liu.yang"; // leader, gov-office (副县长)
    static final String HOUSING_CLERK = "zhao.lei"; // staff, housing
    static final String HOUSING = "凤县住房和城乡建设局";

    private static Locator button(Locator scope, String name) {
        return scope.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(name).setExact(true));
    }

    private static Locator dialog(Page page, String title) {
        Locator dialog = page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName(title));
        assertThat(dialog).isVisible();
        return dialog;
    }

    /** Clicks the step's button in the letter's action bar and answers its dialog with the same name. */
    private static Locator step(Page page, String name) {
        button(page.getByTestId("actions"), name).click();
        return dialog(page, name);
    }

    private static void finish(Page page, Locator dialog, String name, String done, String statusAfter) {
        button(dialog, name).click();
        assertThat(page.getByText(done)).isVisible();
        assertThat(page.getByTestId("detail-status")).hasText(statusAfter);
    }

    /** Logs a clerk in, finds the letter in the work list by its tracking code and opens it by its subject. */
    private Page openLetterAs(String username, String code, String subject, String tab) {
        Page page = newContext((Path) null).newPage();
        logInToOa(page, username);
        open(page, "/oa/mailbox/letters");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("信件办理"))).isVisible();
        if (tab != null) {
            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(tab).setExact(true)).click();
        }
        // Other letters may push this one off the first page: the clerk types the code from the paper.
        page.getByPlaceholder("输入查询码查找信件").fill(code);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查找")).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(subject).setExact(true)).click();
        page.waitForURL(Pattern.compile(".*/oa/mailbox/letters/[0-9a-f-]{36}$"));
        assertThat(page.getByTestId("subject")).hasText(subject);
        return page;
    }

    @Test
    void aCitizensLetterIsForwardedInstructedAnsweredApprovedAndRatedWithTheTrackingCode() throws Exception {
        String suffix = "E2E" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        String subject = "凤州镇小区雨天积水（" + suffix + "）";
        String content = "老旧小区改造后排水不畅，雨天积水严重。<script>alert('x')</script>";
        String reply = "您好，经现场核实，已安排施工队疏通排水管道。编号" + suffix + "。";

        // The citizen writes the letter on the website.
        Page citizen = newContextWith(anonymous()).newPage();
        open(citizen, "/mailbox/petition/write");
        citizen.getByLabel("信件类型").selectOption("COMPLAINT");
        citizen.getByLabel("信件标题").fill(subject);
        citizen.getByLabel("信件内容").fill(content);
        LetterFormFields.writerName(citizen).fill("李四");
        citizen.getByLabel("手机号码").fill("13912345678");
        citizen.getByLabel("电子邮箱").fill("lisi@example.com");
        LetterCaptcha.solve(citizen);
        citizen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交信件")).click();
        assertThat(citizen.locator("h1")).hasText("信件已提交");
        String code = citizen.getByTestId("tracking-code").textContent().strip();
        String password = citizen.getByTestId("query-password").textContent().strip();

        // 王芳 finds it among the new letters, reads the script as text, accepts it and forwards it to 刘洋.
        Page dispatcher = openLetterAs(DISPATCHER, code, subject, "待受理");
        assertThat(dispatcher.getByTestId("detail-status")).hasText("待受理");
        assertThat(dispatcher.getByTestId("content")).containsText("<script>alert('x')</script>");
        finish(dispatcher, step(dispatcher, "受理"), "受理", "已受理，截止日期已确定", "已受理，待分办");
        assertThat(dispatcher.getByTestId("due-explanation")).containsText("工作日");
        Locator forward = step(dispatcher, "呈送领导批办");
        // The leader is picked from the government office's leaders (the unit preselected).
        forward.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("批办领导").setExact(true)).click();
        dispatcher.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("刘洋（" + LEADER + "）").setExact(true))
                .click();
        finish(dispatcher, forward, "呈送领导批办", "已呈送领导批办", "待领导批办");

        // 刘洋 instructs: the housing bureau leads.
        Page leader = openLetterAs(LEADER, code, subject, null);
        Locator instruct = step(leader, "批办");
        instruct.getByLabel("批示意见").fill("请住建局牵头，三日内核实并答复群众。");
        instruct.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("主办单位")).click();
        leader.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(HOUSING).setExact(true)).click();
        finish(leader, instruct, "批办", "已批办，承办单位将签收办理", "已交办，待签收");

        // 赵磊 of the housing bureau signs for it and drafts the reply.
        Page clerk = openLetterAs(HOUSING_CLERK, code, subject, null);
        assertThat(clerk.getByTestId("instruction")).hasText("请住建局牵头，三日内核实并答复群众。");
        finish(clerk, step(clerk, "签收"), "签收", "已签收，请在截止日期前答复", "办理中");
        Locator draft = step(clerk, "起草答复");
        draft.getByLabel("答复内容").fill(reply);
        finish(clerk, draft, "起草答复", "答复已提交审核", "答复审核中");
        assertThat(button(clerk.getByTestId("actions"), "审核通过答复")).hasCount(0); // the drafter does not review

        // 王芳 reviews and approves the reply.
        Page reviewer = openLetterAs(DISPATCHER, code, subject, "答复审核中");
        assertThat(reviewer.getByTestId("reply")).hasText(reply);
        finish(reviewer, step(reviewer, "审核通过答复"), "审核通过答复", "答复已审核通过，来信人可以看到答复", "已答复");
        assertThat(reviewer.getByTestId("history")).containsText("刘洋");
        assertThat(reviewer.getByTestId("history")).containsText("赵磊");

        // The citizen reads the reply on the website with the tracking code and password, and rates it.
        open(citizen, "/mailbox/track");
        citizen.getByLabel("查询码").fill(code);
        citizen.getByLabel("查询密码").fill(password);
        citizen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("查询").setExact(true)).click();
        assertThat(citizen.getByTestId("letter-status")).hasText("已答复");
        assertThat(citizen.getByTestId("letter-reply")).hasText(reply);
        citizen.getByLabel("满意", new Page.GetByLabelOptions().setExact(true)).check();
        citizen.getByLabel("评价说明（选填）").fill("处理及时");
        citizen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("提交评价")).click();
        assertThat(citizen.locator("main")).containsText("感谢您的评价。");
        assertThat(citizen.getByTestId("letter-status")).hasText("已办结");

        reviewer.reload();
        assertThat(reviewer.getByTestId("detail-status")).hasText("已办结");
        assertThat(reviewer.getByTestId("metadata")).containsText("满意");
    }
}
