package io.zhengtong.portal.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import io.zhengtong.platform.test.IntegrationTest;

/**
 * The website's 领导信箱 pages as a citizen's browser gets them, with mailbox-service played by a
 * stub that answers as its API and the contracts say (the real service runs in the browser test).
 * Each test tells its own list of mailboxes, so the website does not keep it here.
 */
@IntegrationTest
@TestPropertySource(properties = "zhengtong.portal.mailbox-list-fresh=0s")
class MailboxPagesIT {

    static final StubMailbox MAILBOX = StubMailbox.start();

    @DynamicPropertySource
    static void mailboxAddress(DynamicPropertyRegistry registry) {
        registry.add("zhengtong.services.mailbox", MAILBOX::url);
    }

    static final String MAILBOXES = """
            [{"code":"party-secretary","name":"书记信箱","periods":[{"type":"CONSULTATION","typeLabel":"咨询","workingDays":3},{"type":"COMPLAINT","typeLabel":"投诉","workingDays":7}]},
             {"code":"county-head","name":"县长信箱","periods":[{"type":"CONSULTATION","typeLabel":"咨询","workingDays":3},{"type":"COMPLAINT","typeLabel":"投诉","workingDays":7}]},
             {"code":"education","name":"县教育局信箱","periods":[],"intro":"受理教育方面的<b>咨询</b>和建议。"}]""";
    static final String CAPTCHA = """
            {"id":"c-1","image":"data:image/png;base64,iVBORw0KGgo=","question":"七加五等于几？"}""";
    static final String LETTER = """
            {"trackingCode":"ABCD-EFGH-JKLM","mailbox":"县长信箱","type":"COMPLAINT","typeLabel":"投诉",
             "subject":"<script>alert('路灯')</script>路灯不亮","content":"小区路灯坏了。<img src=x onerror=alert(1)>",
             "status":"ANSWERED","statusLabel":"已答复","submittedAt":"2026-11-16T01:30:00Z","handlingUnit":"housing",
             "handlingUnitName":"凤县住房和城乡建设局","dueDate":"2026-11-25",
             "dueDateExplanation":"2026-11-16收到，收到当日不计，第7个工作日为2026-11-25。","rejectionReason":null,
             "reply":"已安排维修。<b>谢谢</b>","answeredAt":"2026-11-20T02:00:00Z","rating":null,"ratingLabel":null,
             "mayRate":true,"mayReopen":false}""";

    @LocalServerPort
    int port;

    @BeforeEach
    void mailboxAnswers() {
        MAILBOX.answer("GET /api/mailbox/public/mailboxes", 200, MAILBOXES);
        MAILBOX.answer("GET /api/mailbox/public/captcha", 200, CAPTCHA);
    }

    private RestClient visitor() {
        return browser(port);
    }

    /** A browser's client for the website on this port: statuses answered, redirects not followed. */
    static RestClient browser(int port) {
        return RestClient.builder()
            .requestFactory(new JdkClientHttpRequestFactory(java.net.http.HttpClient.newBuilder()
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER).build()))
            .baseUrl("http://127.0.0.1:" + port)
            .defaultStatusHandler(status -> true, (request, response) -> { })
            .build();
    }

    private ResponseEntity<String> page(String path) {
        return visitor().get().uri(path).accept(MediaType.TEXT_HTML).retrieve().toEntity(String.class);
    }

    private ResponseEntity<String> submit(String path, Map<String, String> fields) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        fields.forEach(form::add);
        return visitor().post().uri(path).accept(MediaType.TEXT_HTML).header("X-Forwarded-For", "203.0.113.9")
            .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).retrieve().toEntity(String.class);
    }

    private static Map<String, String> letterForm() {
        return Map.of("type", "COMPLAINT", "subject", "<script>alert(1)</script>路灯不亮", "content", "小区路灯坏了一个月。",
                "contactName", "张三", "contactPhone", "12345", "consentToPublish", "true", "captchaId", "c-1",
                "captchaAnswer", "12");
    }

    @Test
    void theMailboxPageListsTheMailboxesWithTheirAnsweringPeriodsAndTheRules() {
        ResponseEntity<String> page = page("/mailbox");

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("书记信箱", "县长信箱", "县教育局信箱", "咨询 3个工作日；", "投诉 7个工作日",
                "收到来信当日不计", "href=\"/mailbox/county-head/write\"", "href=\"/mailbox/track\"",
                "href=\"/mailbox/letters\"", "href=\"/mailbox/reports\"", "aria-current=\"page\">领导信箱</a>",
                // the administrator's intro of a mailbox, as text
                "<p class=\"mailbox-intro\">受理教育方面的&lt;b&gt;咨询&lt;/b&gt;和建议。</p>")
            .doesNotContain("<b>咨询");
        assertThat(page("/mailbox/education/write").getBody()).contains("受理教育方面的&lt;b&gt;咨询&lt;/b&gt;和建议。");
        assertThat(page("/mailbox/county-head/write").getBody()).doesNotContain("mailbox-intro");
    }

    @Test
    void theRulesStateThePeriodsTheMailboxServicePublishesNotFixedOnes() {
        MAILBOX.answer("GET /api/mailbox/public/mailboxes", 200, """
                [{"code":"party-secretary","name":"书记信箱","periods":[{"type":"CONSULTATION","typeLabel":"咨询","workingDays":5},{"type":"COMPLAINT","typeLabel":"投诉","workingDays":10}]},
                 {"code":"county-head","name":"县长信箱","periods":[{"type":"CONSULTATION","typeLabel":"咨询","workingDays":2},{"type":"COMPLAINT","typeLabel":"投诉","workingDays":10}]}]""");

        String page = page("/mailbox").getBody();

        assertThat(page).contains("答复时限为：<span data-test=\"period-summary\">咨询2至5个工作日，投诉10个工作日</span>。各信箱的具体时限见下表。",
                "咨询 2个工作日；").doesNotContain("3个工作日", "7个工作日");
    }

    @Test
    void theHomePageAndTheNavigationLeadToTheMailbox() {
        assertThat(page("/").getBody()).contains("<a href=\"/mailbox\">领导信箱</a>", "我要写信", "href=\"/mailbox/track\"");
    }

    @Test
    void theLetterFormShowsTheCaptchaPictureAndItsQuestionAndNeverGetsCached() {
        ResponseEntity<String> page = page("/mailbox/county-head/write");

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getHeaders().getCacheControl()).contains("no-store");
        assertThat(page.getBody()).contains("给县长信箱写信", "src=\"data:image/png;base64,iVBORw0KGgo=\"", "七加五等于几？",
                "name=\"captchaId\" value=\"c-1\"", "<option value=\"CONSULTATION\">咨询</option>", "匿名来信", "同意在答复后公开选登本信",
                // without login a named letter needs name and mobile number, the e-mail address is optional
                "实名来信请填写姓名和手机号码（必填）", "手机号码 <span class=\"required\" aria-hidden=\"true\">*</span></label>",
                "电子邮箱（选填）</label>");
        assertThat(page("/mailbox/nowhere/write").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void refusedFieldsAreExplainedNextToThemInChineseAndWhatWasTypedIsKept() {
        MAILBOX.answer("POST /api/mailbox/public/letters", 400, """
                {"type":"urn:zhengtong:problem:validation","title":"请求参数有误","status":400,"detail":"提交的内容有误，请按提示修改后重试。",
                 "errors":[{"field":"contactPhone","message":"手机号码格式不正确"},{"field":"content","message":"信件内容不能超过5000个字"}]}""");

        ResponseEntity<String> page = submit("/mailbox/county-head/write", letterForm());

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(page.getBody())
            .contains("id=\"error-contactPhone\">手机号码格式不正确</p>",
                    "aria-describedby=\"reach-hint error-contactPhone\"", "aria-invalid=\"true\"", "信件内容不能超过5000个字",
                    "href=\"#field-contactPhone\"", "value=\"12345\"", ">小区路灯坏了一个月。</textarea>",
                    "value=\"&lt;script&gt;alert(1)&lt;/script&gt;路灯不亮\"", "name=\"consentToPublish\" value=\"true\" checked=\"checked\"")
            .doesNotContain("<script>alert(1)</script>");
        StubMailbox.Request sent = MAILBOX.last("POST /api/mailbox/public/letters");
        assertThat(sent.body()).contains("\"mailbox\":\"county-head\"", "\"captchaId\":\"c-1\"", "\"captchaAnswer\":\"12\"",
                "\"consentToPublish\":true", "\"anonymous\":false");
        assertThat(sent.header("X-Forwarded-For")).isEqualTo("203.0.113.9");
    }

    @Test
    void aWrongCaptchaIsExplainedAtTheCaptchaWithAFreshOne() {
        MAILBOX.answer("POST /api/mailbox/public/letters", 422, """
                {"type":"urn:zhengtong:problem:captcha-not-solved","title":"验证码不正确","status":422,"detail":"验证码不正确或已过期。",
                 "errors":[{"field":"captchaAnswer","message":"验证码不正确或已过期，请重新输入新的验证码"}]}""");

        ResponseEntity<String> page = submit("/mailbox/county-head/write", letterForm());

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(page.getBody()).contains("id=\"error-captchaAnswer\">验证码不正确或已过期，请重新输入新的验证码</p>",
                "name=\"captchaId\" value=\"c-1\"");
    }

    @Test
    void tooManyLettersFromOneAddressAreAskedToWaitWithRetryAfter() {
        MAILBOX.answer("POST /api/mailbox/public/letters", 429, """
                {"type":"urn:zhengtong:problem:letter-rate-limited","title":"提交过于频繁","status":429,
                 "detail":"同一网络地址每小时最多提交5封信件，请于12分钟后再试。"}""", Map.of("Retry-After", "700"));

        ResponseEntity<String> page = submit("/mailbox/county-head/write", letterForm());

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(page.getHeaders().getFirst("Retry-After")).isEqualTo("700");
        assertThat(page.getBody()).contains("同一网络地址每小时最多提交5封信件，请于12分钟后再试。", "小区路灯坏了一个月。");
    }

    @Test
    void aSubmittedLetterShowsItsTrackingCodeAndQueryPasswordOnce() {
        MAILBOX.answer("POST /api/mailbox/public/letters", 201, """
                {"trackingCode":"K7PM-2XQR-9TAB","queryPassword":"H4NWE-QZ8RT"}""");

        ResponseEntity<String> page = submit("/mailbox/county-head/write", letterForm());

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getHeaders().getCacheControl()).contains("no-store");
        assertThat(page.getBody()).contains("信件已提交", "K7PM-2XQR-9TAB", "H4NWE-QZ8RT", "查询密码只显示这一次", "县长信箱");
    }

    @Test
    void theCitizenFollowsTheLetterWithCodeAndPasswordSentOnlyInTheBodyAndTheHeader() {
        MAILBOX.answer("GET /api/mailbox/public/letters/ABCD-EFGH-JKLM", 200, LETTER);

        ResponseEntity<String> page = submit("/mailbox/track", Map.of("code", "ABCD-EFGH-JKLM", "password", "H4NWE-QZ8RT"));

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getHeaders().getCacheControl()).contains("no-store");
        assertThat(page.getBody()).contains("data-test=\"letter-status\">已答复", "凤县住房和城乡建设局", "<time datetime=\"2026-11-25\">2026-11-25</time>",
                "期限如何计算：2026-11-16收到，收到当日不计，第7个工作日为2026-11-25。", "2026-11-16 09:30",
                "已安排维修。&lt;b&gt;谢谢&lt;/b&gt;", "&lt;script&gt;alert(&#39;路灯&#39;)&lt;/script&gt;路灯不亮",
                "&lt;img src=x onerror=alert(1)&gt;", "评价答复", "value=\"BASICALLY_SATISFIED\"", "基本满意")
            .doesNotContain("<script>alert", "<img src=x", "<b>谢谢", "申请重新办理</h2>");
        StubMailbox.Request sent = MAILBOX.last("GET /api/mailbox/public/letters/ABCD-EFGH-JKLM");
        assertThat(sent.header("X-Query-Password")).isEqualTo("H4NWE-QZ8RT");
        assertThat(MAILBOX.requests()).noneMatch(r -> r.path().contains("H4NWE") || (r.query() != null && r.query().contains("H4NWE")));
    }

    static final String MERGED_LETTER = """
            {"trackingCode":"MRGD-EFGH-JKLM","mailbox":"县长信箱","type":"COMPLAINT","typeLabel":"投诉",
             "subject":"工地夜间施工","content":"工地夜里还在施工。","status":"MERGED","statusLabel":"重复来信，已合并办理",
             "submittedAt":"2026-11-17T01:30:00Z","handlingUnit":null,"handlingUnitName":null,"dueDate":null,
             "dueDateExplanation":null,"rejectionReason":null,"reply":null,"answeredAt":null,"rating":null,
             "ratingLabel":null,"mayRate":false,"mayReopen":false,
             "mergedWith":{"status":"ANSWERED","statusLabel":"已答复","handlingUnit":"housing",
               "handlingUnitName":"凤县住房和城乡建设局","dueDate":"2026-11-25",
               "dueDateExplanation":"2026-11-16收到，收到当日不计，第7个工作日为2026-11-25。","rejectionReason":null,
               "reply":"李**您好：已责令工地夜间停工。<script>alert(1)</script>","answeredAt":"2026-11-20T02:00:00Z"}}""";

    @Test
    void theWriterOfAMergedLetterReadsTheProgressAndReplyOfTheLetterItWasMergedWithAndIsToldWhyThereIsNoRating() {
        MAILBOX.answer("GET /api/mailbox/public/letters/MRGD-EFGH-JKLM", 200, MERGED_LETTER);

        String page = submit("/mailbox/track", Map.of("code", "MRGD-EFGH-JKLM", "password", "H4NWE-QZ8RT")).getBody();

        assertThat(page).contains("重复来信，已合并办理", "合并办理情况", "与另一封反映同一事项的来信合并办理",
                "data-test=\"merged-status\">已答复", "凤县住房和城乡建设局", "2026-11-25",
                "期限如何计算：2026-11-16收到，收到当日不计，第7个工作日为2026-11-25。", "答复时间：<time",
                "2026-11-20 10:00", "李**您好：已责令工地夜间停工。&lt;script&gt;alert(1)&lt;/script&gt;",
                "由原来信人评价答复，您无需也不能另行评价")
            .doesNotContain("<script>alert(1)", "尚未答复", "评价答复</h2>", "申请重新办理</h2>")
            // the duplicate is not handled itself: no unit 尚未确定 or deadline 无 of its own above the original's
            .doesNotContain("尚未确定", "data-test=\"due-date\"");
    }

    @Test
    void aMergedLetterWhoseOriginalIsStillHandledSaysSoInsteadOfAReply() {
        MAILBOX.answer("GET /api/mailbox/public/letters/MRGD-EFGH-JKLM", 200, MERGED_LETTER
            .replace("\"status\":\"ANSWERED\",\"statusLabel\":\"已答复\"", "\"status\":\"IN_PROGRESS\",\"statusLabel\":\"办理中\"")
            .replace("\"reply\":\"李**您好：已责令工地夜间停工。<script>alert(1)</script>\",\"answeredAt\":\"2026-11-20T02:00:00Z\"",
                    "\"reply\":null,\"answeredAt\":null"));

        String page = submit("/mailbox/track", Map.of("code", "MRGD-EFGH-JKLM", "password", "H4NWE-QZ8RT")).getBody();

        assertThat(page).contains("data-test=\"merged-status\">办理中", "凤县住房和城乡建设局", "尚未答复。答复经审核后将在此显示。")
            .doesNotContain("已责令", "答复时间：");
    }

    @Test
    void aRejectedLetterGivesTheReasonAndSaysNoReplyWillCome() {
        MAILBOX.answer("GET /api/mailbox/public/letters/ABCD-EFGH-JKLM", 200, LETTER
            .replace("\"status\":\"ANSWERED\",\"statusLabel\":\"已答复\"", "\"status\":\"REJECTED_INVALID\",\"statusLabel\":\"不予受理\"")
            .replace("\"rejectionReason\":null", "\"rejectionReason\":\"不属于本信箱受理范围。\"")
            .replace("\"reply\":\"已安排维修。<b>谢谢</b>\",\"answeredAt\":\"2026-11-20T02:00:00Z\"", "\"reply\":null,\"answeredAt\":null")
            .replace("\"mayRate\":true", "\"mayRate\":false"));

        String page = submit("/mailbox/track", Map.of("code", "ABCD-EFGH-JKLM", "password", "H4NWE-QZ8RT")).getBody();

        assertThat(page).contains("不予受理的理由", "不属于本信箱受理范围。", "此信不予受理，不再答复")
            .doesNotContain("尚未答复", "评价答复</h2>", "合并办理情况", "尚未确定", "data-test=\"due-date\"");
    }

    @Test
    void aLetterNotYetAcceptedAlreadyShowsItsDueDateAndHowItWasCounted() {
        MAILBOX.answer("GET /api/mailbox/public/letters/ABCD-EFGH-JKLM", 200, LETTER
            .replace("\"status\":\"ANSWERED\",\"statusLabel\":\"已答复\"", "\"status\":\"SUBMITTED\",\"statusLabel\":\"待受理\"")
            .replace("\"handlingUnit\":\"housing\"", "\"handlingUnit\":null")
            .replace("\"handlingUnitName\":\"凤县住房和城乡建设局\"", "\"handlingUnitName\":null")
            .replace("\"reply\":\"已安排维修。<b>谢谢</b>\",\"answeredAt\":\"2026-11-20T02:00:00Z\"", "\"reply\":null,\"answeredAt\":null")
            .replace("\"mayRate\":true", "\"mayRate\":false"));

        ResponseEntity<String> page = submit("/mailbox/track", Map.of("code", "ABCD-EFGH-JKLM", "password", "H4NWE-QZ8RT"));

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("待受理", "尚未确定", "<time datetime=\"2026-11-25\">2026-11-25</time>",
                "期限如何计算：2026-11-16收到，收到当日不计，第7个工作日为2026-11-25。", "尚未答复")
            .doesNotContain("受理后确定");
    }

    @Test
    void aWrongPasswordIsExplainedOnTheQueryForm() {
        MAILBOX.answer("GET /api/mailbox/public/letters/ABCD-EFGH-JKLM", 404, """
                {"type":"urn:zhengtong:problem:letter-not-found","title":"请求的资源不存在","status":404,"detail":"查询码或查询密码不正确，请核对回执后重新输入。"}""");

        ResponseEntity<String> page = submit("/mailbox/track", Map.of("code", "ABCD-EFGH-JKLM", "password", "WRONG-WRONG"));

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(page.getBody()).contains("查询码或查询密码不正确，请核对回执后重新输入。", "value=\"ABCD-EFGH-JKLM\"")
            .doesNotContain("WRONG-WRONG");
        assertThat(submit("/mailbox/track", Map.of("code", "", "password", "")).getBody()).contains("请填写回执上的查询码和查询密码");
    }

    @Test
    void theCitizenRatesTheReplyAndThenMayAskOnceToReopenIt() {
        MAILBOX.answer("POST /api/mailbox/public/letters/ABCD-EFGH-JKLM/rating", 200,
                LETTER.replace("\"rating\":null,\"ratingLabel\":null", "\"rating\":\"UNSATISFIED\",\"ratingLabel\":\"不满意\"")
                    .replace("\"mayRate\":true,\"mayReopen\":false", "\"mayRate\":false,\"mayReopen\":true"));

        ResponseEntity<String> page = submit("/mailbox/track/rating",
                Map.of("code", "ABCD-EFGH-JKLM", "password", "H4NWE-QZ8RT", "rating", "UNSATISFIED", "remark", "还是不亮"));

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("感谢您的评价。", "您的评价：<strong>不满意</strong>", "申请重新办理</h2>")
            .doesNotContain("评价答复</h2>");
        StubMailbox.Request sent = MAILBOX.last("POST /api/mailbox/public/letters/ABCD-EFGH-JKLM/rating");
        assertThat(sent.header("X-Query-Password")).isEqualTo("H4NWE-QZ8RT");
        assertThat(sent.body()).contains("\"rating\":\"UNSATISFIED\"", "\"remark\":\"还是不亮\"");
    }

    @Test
    void aReopeningWithoutAReasonIsExplainedNextToTheReason() {
        MAILBOX.answer("GET /api/mailbox/public/letters/ABCD-EFGH-JKLM", 200,
                LETTER.replace("\"mayRate\":true,\"mayReopen\":false", "\"mayRate\":false,\"mayReopen\":true"));
        MAILBOX.answer("POST /api/mailbox/public/letters/ABCD-EFGH-JKLM/reopen", 400, """
                {"type":"urn:zhengtong:problem:validation","title":"请求参数有误","status":400,"detail":"提交的内容有误。",
                 "errors":[{"field":"reason","message":"请填写申请重新办理的理由"}]}""");

        ResponseEntity<String> page = submit("/mailbox/track/reopen", Map.of("code", "ABCD-EFGH-JKLM", "password", "H4NWE-QZ8RT"));

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(page.getBody()).contains("id=\"error-reason\">请填写申请重新办理的理由</p>", "申请重新办理</h2>");
    }

    @Test
    void withoutPublishedLettersOrReportsThePagesSayThereAreNoneYet() {
        MAILBOX.forget("GET /api/mailbox/public/published");
        MAILBOX.forget("GET /api/mailbox/public/statistics/months");
        MAILBOX.forget("GET /api/mailbox/public/statistics");

        assertThat(page("/mailbox/letters").getBody()).contains("来信选登", "暂无选登信件");
        assertThat(page("/mailbox/reports").getBody()).contains("每月通报", "暂无通报");
        ResponseEntity<String> month = page("/mailbox/reports/2026-10");
        assertThat(month.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(month.getBody()).contains("2026年10月领导信箱办理情况通报", "暂无本月通报数据");
        assertThat(page("/mailbox/reports/2026-13").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(page("/mailbox/letters/no-such-letter").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void publishedLettersAreListedAndShownMaskedAndEscaped() {
        String letter = """
                {"id":"7d9c","subject":"关于<script>x()</script>公交线路的建议","content":"建议增开班次。联系人张**，电话138****1234。",
                 "type":"SUGGESTION","typeLabel":"建议","mailbox":"县长信箱","writer":"张**","submittedOn":"2026-10-08",
                 "reply":"已纳入明年计划。","repliedOn":"2026-10-12","unitName":"凤县交通运输局"}""";
        MAILBOX.answer("GET /api/mailbox/public/published", 200,
                "{\"content\":[" + letter + "],\"page\":0,\"size\":20,\"totalElements\":1,\"totalPages\":1}");
        MAILBOX.answer("GET /api/mailbox/public/published/7d9c", 200, letter);

        ResponseEntity<String> list = page("/mailbox/letters");
        ResponseEntity<String> detail = page("/mailbox/letters/7d9c");

        assertThat(list.getBody()).contains("href=\"/mailbox/letters/7d9c\"", "关于&lt;script&gt;x()&lt;/script&gt;公交线路的建议");
        assertThat(detail.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(detail.getBody()).contains("来信人：张**", "138****1234", "已纳入明年计划。", "凤县交通运输局", "2026-10-12")
            .doesNotContain("<script>x()");
        assertThat(detail.getBody()).as("the trail leads back to the list of published letters")
            .contains("<li><a href=\"/mailbox/letters\">来信选登</a></li>");
        assertThat(MAILBOX.last("GET /api/mailbox/public/published").query()).isEqualTo("page=0&size=20");
    }

    @Test
    void theMonthlyReportShowsEachUnitsFiguresAndTheTotals() {
        MAILBOX.answer("GET /api/mailbox/public/statistics/months", 200, "[\"2026-10\",\"2026-09\"]");
        MAILBOX.answer("GET /api/mailbox/public/statistics", 200, """
                {"month":"2026-10","rows":[{"unitCode":"education","unitName":"凤县教育局","received":12,"answered":11,
                  "answeredOnTime":10,"onTimeRate":90.9,"averageWorkingDays":2.46,"satisfied":8,"basicallySatisfied":2,
                  "unsatisfied":1,"satisfactionRate":90.9,"overdue":1}],
                 "totals":{"received":12,"answered":11,"answeredOnTime":10,"onTimeRate":90.9,"averageWorkingDays":2.46,
                  "satisfied":8,"basicallySatisfied":2,"unsatisfied":1,"satisfactionRate":90.9,"overdue":1},
                 "snapshotAt":"2026-11-03T16:07:00Z"}""");

        assertThat(page("/mailbox/reports").getBody()).contains("href=\"/mailbox/reports/2026-10\"", "2026年9月领导信箱办理情况通报");
        ResponseEntity<String> report = page("/mailbox/reports/2026-10");

        assertThat(report.getBody()).contains("<caption>2026年10月各单位办理情况</caption>", "凤县教育局", "90.9%", "2.5",
                "<th scope=\"row\">合计</th>", "数据截至2026年11月4日 00:07");
        assertThat(MAILBOX.last("GET /api/mailbox/public/statistics").query()).isEqualTo("month=2026-10");
        assertThat(report.getBody()).as("the trail leads back to the list of months")
            .contains("<li><a href=\"/mailbox/reports\">每月通报</a></li>", "<li aria-current=\"page\">2026年10月</li>");
    }
}
