package io.zhengtong.deploy.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The mailbox issue's browser test, through the gateway: a citizen writes to 信访局信箱, the
 * dispatcher 王芳 accepts and forwards it to 副县长 刘洋, who instructs the housing bureau; 赵磊
 * signs for it and drafts the reply, 王芳 approves it (the housing bureau has no leader among the
 * demo users, so the mailbox's dispatcher reviews), and the citizen reads the reply with the
 * tracking code and rates it. The citizen's steps use the public REST API through the gateway
 * (the website's letter pages are built on another branch); the staff's steps are the OA's screens.
 */
class MailboxHandlingIT extends BrowserTest {

    static final String DISPATCHER = "wang.fang"; // dispatcher, petition (owns 信访局信箱)
    static final String LEADER = "liu.yang"; // leader, gov-office (副县长)
    static final String HOUSING_CLERK = "zhao.lei"; // staff, housing
    static final String HOUSING = "凤县住房和城乡建设局";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] CHINESE_DIGITS = { "零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十" };

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

    /** Logs a clerk in, opens the work list and the letter by its subject. */
    private Page openLetterAs(String username, String subject, String tab) {
        Page page = newContext((Path) null).newPage();
        logInToOa(page, username);
        open(page, "/oa/mailbox/letters");
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("信件办理"))).isVisible();
        if (tab != null) {
            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(tab).setExact(true)).click();
        }
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
        HttpClient http = RunningPlatform.http(null);

        // The citizen writes the letter (public REST through the gateway, as the website's form does).
        Map<String, Object> letter = new LinkedHashMap<>();
        letter.put("mailbox", "petition");
        letter.put("type", "COMPLAINT");
        letter.put("subject", subject);
        letter.put("content", content);
        letter.put("contactName", "李四");
        letter.put("contactPhone", "13912345678");
        letter.put("contactEmail", "lisi@example.com");
        letter.put("consentToPublish", false);
        letter.put("anonymous", false);
        letter.putAll(solvedCaptcha(http));
        HttpResponse<String> receipt = send(http, "POST", "/api/mailbox/public/letters", letter, Map.of());
        assertThat(receipt.statusCode()).as(receipt.body()).isEqualTo(201);
        JsonNode written = JSON.readTree(receipt.body());
        String code = written.get("trackingCode").asString();
        String password = written.get("queryPassword").asString();

        // 王芳 finds it among the new letters, reads the script as text, accepts it and forwards it to 刘洋.
        Page dispatcher = openLetterAs(DISPATCHER, subject, "待受理");
        assertThat(dispatcher.getByTestId("detail-status")).hasText("待受理");
        assertThat(dispatcher.getByTestId("content")).containsText("<script>alert('x')</script>");
        finish(dispatcher, step(dispatcher, "受理"), "受理", "已受理，截止日期已确定", "已受理，待分办");
        assertThat(dispatcher.getByTestId("due-explanation")).containsText("工作日");
        Locator forward = step(dispatcher, "呈送领导批办");
        forward.getByLabel("批办领导账号").fill(LEADER);
        forward.getByLabel("领导姓名").fill("刘洋");
        finish(dispatcher, forward, "呈送领导批办", "已呈送领导批办", "待领导批办");

        // 刘洋 instructs: the housing bureau leads.
        Page leader = openLetterAs(LEADER, subject, null);
        Locator instruct = step(leader, "批办");
        instruct.getByLabel("批示意见").fill("请住建局牵头，三日内核实并答复群众。");
        instruct.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("主办单位")).click();
        leader.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(HOUSING).setExact(true)).click();
        finish(leader, instruct, "批办", "已批办，承办单位将签收办理", "已交办，待签收");

        // 赵磊 of the housing bureau signs for it and drafts the reply.
        Page clerk = openLetterAs(HOUSING_CLERK, subject, null);
        assertThat(clerk.getByTestId("instruction")).hasText("请住建局牵头，三日内核实并答复群众。");
        finish(clerk, step(clerk, "签收"), "签收", "已签收，请在截止日期前答复", "办理中");
        Locator draft = step(clerk, "起草答复");
        draft.getByLabel("答复内容").fill(reply);
        finish(clerk, draft, "起草答复", "答复已提交审核", "答复审核中");
        assertThat(button(clerk.getByTestId("actions"), "审核通过答复")).hasCount(0); // the drafter does not review

        // 王芳 reviews and approves the reply.
        Page reviewer = openLetterAs(DISPATCHER, subject, "答复审核中");
        assertThat(reviewer.getByTestId("reply")).hasText(reply);
        finish(reviewer, step(reviewer, "审核通过答复"), "审核通过答复", "答复已审核通过，来信人可以看到答复", "已答复");
        assertThat(reviewer.getByTestId("history")).containsText("刘洋");
        assertThat(reviewer.getByTestId("history")).containsText("赵磊");

        // The citizen reads the reply with the tracking code and password, and rates it.
        Map<String, String> proof = Map.of("X-Query-Password", password);
        HttpResponse<String> tracked = send(http, "GET", "/api/mailbox/public/letters/" + code, null, proof);
        assertThat(tracked.statusCode()).as(tracked.body()).isEqualTo(200);
        JsonNode page = JSON.readTree(tracked.body());
        assertThat(page.get("status").asString()).isEqualTo("ANSWERED");
        assertThat(page.get("reply").asString()).isEqualTo(reply);
        HttpResponse<String> rated = send(http, "POST", "/api/mailbox/public/letters/" + code + "/rating",
                Map.of("rating", "SATISFIED", "remark", "处理及时"), proof);
        assertThat(rated.statusCode()).as(rated.body()).isEqualTo(200);
        assertThat(JSON.readTree(rated.body()).get("status").asString()).isEqualTo("CLOSED");

        reviewer.reload();
        assertThat(reviewer.getByTestId("detail-status")).hasText("已办结");
        assertThat(reviewer.getByTestId("metadata")).containsText("满意");
    }

    /**
     * The captcha's answer, from its non-visual question ("七加五等于几？"), when the service asks for
     * one; nothing when it does not (before the captcha was added).
     */
    private static Map<String, Object> solvedCaptcha(HttpClient http) throws Exception {
        HttpResponse<String> issued = send(http, "GET", "/api/mailbox/public/captcha", null, Map.of());
        if (issued.statusCode() == 404) {
            return Map.of();
        }
        assertThat(issued.statusCode()).as(issued.body()).isEqualTo(200);
        JsonNode captcha = JSON.readTree(issued.body());
        String question = captcha.get("question").asString();
        boolean add = question.contains("加");
        String[] operands = question.replace("等于几？", "").split("[加减]");
        int a = List.of(CHINESE_DIGITS).indexOf(operands[0]);
        int b = List.of(CHINESE_DIGITS).indexOf(operands[1]);
        assertThat(a).as("captcha question %s", question).isNotNegative();
        assertThat(b).as("captcha question %s", question).isNotNegative();
        return Map.of("captchaId", captcha.get("id").asString(), "captchaAnswer", Integer.toString(add ? a + b : a - b));
    }

    private static HttpResponse<String> send(HttpClient http, String method, String path, Object body,
            Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RunningPlatform.PUBLIC_URL + path))
            .header("Accept", "application/json")
            .timeout(Duration.ofSeconds(30));
        headers.forEach(request::header);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        else {
            request.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
