package io.zhengtong.portal.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.RestClient;

import io.zhengtong.platform.test.DemoAccounts;
import io.zhengtong.platform.test.IntegrationTest;
import io.zhengtong.platform.test.KeycloakTokens;

/**
 * The website with a citizen logged in: the gateway relays the citizen's real Keycloak token with
 * each page request (as here), the header greets them, the letter form writes as the account,
 * and 我的来信 lists and opens their letters through the mailbox's citizen API with that token.
 * mailbox-service is a stub; which letters are whose is its decision (tested there).
 */
@IntegrationTest
class OwnLetterPagesIT {

    static final StubMailbox MAILBOX = StubMailbox.start();
    static final String TOKEN = KeycloakTokens.accessToken(DemoAccounts.CITIZEN);

    @DynamicPropertySource
    static void mailboxAddress(DynamicPropertyRegistry registry) {
        registry.add("zhengtong.services.mailbox", MAILBOX::url);
    }

    static final String LETTER = MailboxPagesIT.LETTER;
    static final String CODE = "ABCD-EFGH-JKLM";

    @LocalServerPort
    int port;

    @BeforeEach
    void mailboxAnswers() {
        MAILBOX.answer("GET /api/mailbox/public/mailboxes", 200, MailboxPagesIT.MAILBOXES);
        MAILBOX.answer("GET /api/mailbox/public/captcha", 200, MailboxPagesIT.CAPTCHA);
    }

    private RestClient browser() {
        return MailboxPagesIT.browser(port);
    }

    /** As the gateway forwards a logged-in citizen's request: their token and the gateway's CSRF token. */
    static Consumer<HttpHeaders> loggedIn() {
        return headers -> {
            headers.setBearerAuth(TOKEN);
            headers.set("X-Zt-Csrf-Token", "csrf-123");
        };
    }

    static Consumer<HttpHeaders> anonymous() {
        return headers -> { };
    }

    private ResponseEntity<String> page(String path, Consumer<HttpHeaders> as) {
        return browser().get().uri(path).accept(MediaType.TEXT_HTML).headers(as).retrieve().toEntity(String.class);
    }

    private ResponseEntity<String> submit(String path, Map<String, String> fields, Consumer<HttpHeaders> as) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        fields.forEach(form::add);
        return browser().post().uri(path).accept(MediaType.TEXT_HTML).header("X-Forwarded-For", "203.0.113.7").headers(as)
            .contentType(MediaType.APPLICATION_FORM_URLENCODED).body(form).retrieve().toEntity(String.class);
    }

    @Test
    void anAnonymousVisitorSeesLoginAndRegisterLeadingBackToThePageAndThePageStaysPubliclyCacheable() {
        ResponseEntity<String> home = page("/", anonymous());

        assertThat(home.getBody()).contains("href=\"/oauth2/authorization/keycloak?return=/\">登录</a>",
                "href=\"/oauth2/authorization/keycloak?register=true&amp;return=/\">注册</a>").doesNotContain("我的来信</a>", "退出");
        assertThat(home.getHeaders().getCacheControl()).contains("public");
        assertThat(page("/mailbox/track", anonymous()).getBody())
            .contains("href=\"/oauth2/authorization/keycloak?return=/mailbox/track\">登录</a>");
    }

    @Test
    void aLoggedInCitizenIsGreetedByNameWithMyLettersAndLogoutAndThePageIsTheirsAlone() {
        ResponseEntity<String> home = page("/", loggedIn());

        assertThat(home.getBody()).contains("data-test=\"visitor-name\">王小明</span>", "href=\"/mailbox/my\">我的来信</a>",
                "<form class=\"logout-form\" method=\"post\" action=\"/logout\">",
                "<input type=\"hidden\" name=\"_csrf\" value=\"csrf-123\">").doesNotContain(">登录</a>", ">注册</a>");
        assertThat(home.getHeaders().getCacheControl()).contains("private").doesNotContain("public");
        assertThat(home.getHeaders().getETag()).isNotEqualTo(page("/", anonymous()).getHeaders().getETag());
        assertThat(page("/mailbox", loggedIn()).getHeaders().getCacheControl()).contains("private");
        ResponseEntity<String> missing = page("/no-such-page", loggedIn());
        assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(missing.getBody()).as("the error page's header").contains("王小明", "value=\"csrf-123\"");
    }

    @Test
    void theLetterFormOfALoggedInCitizenIsFilledFromTheAccountAndAsksNoCaptcha() {
        int captchasBefore = (int) MAILBOX.requests().stream().filter(r -> r.path().endsWith("/captcha")).count();

        ResponseEntity<String> form = page("/mailbox/county-head/write", loggedIn());

        assertThat(form.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(form.getBody()).contains("name=\"contactName\" type=\"text\" maxlength=\"30\" autocomplete=\"name\" value=\"王小明\"",
                "value=\"wang.xiaoming@example.com\"", "无需填写验证码", "name=\"_csrf\" value=\"csrf-123\"").doesNotContain("captchaAnswer", "七加五等于几？");
        assertThat(form.getBody()).as("the account's e-mail address reaches them: the mobile number is optional")
            .contains("手机号码（选填）</label>", "不填则使用您账号的邮箱<span>wang.xiaoming@example.com</span>")
            .doesNotContain("手机号码 <span class=\"required\"");
        assertThat(MAILBOX.requests().stream().filter(r -> r.path().endsWith("/captcha")).count()).isEqualTo(captchasBefore);
        assertThat(page("/mailbox/county-head/write", anonymous()).getBody()).contains("七加五等于几？")
            .doesNotContain("王小明");
    }

    @Test
    void aLoggedInCitizensLetterIsWrittenAsTheAccountAndTheReceiptStillShowsCodeAndPassword() {
        MAILBOX.answer("POST /api/mailbox/citizen/letters", 201, """
                {"trackingCode":"WXYZ-2345-6789","queryPassword":"ABCDE-FGHJK"}""");

        ResponseEntity<String> receipt = submit("/mailbox/county-head/write", Map.of("type", "COMPLAINT", "subject", "路灯不亮",
                "content", "小区路灯坏了一个月。", "contactName", "王小明", "contactPhone", "13812341234", "_csrf", "csrf-123"),
                loggedIn());

        assertThat(receipt.getStatusCode()).as(receipt.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(receipt.getBody()).contains("WXYZ-2345-6789", "ABCDE-FGHJK", "data-test=\"in-my-letters\"");
        StubMailbox.Request sent = MAILBOX.last("POST /api/mailbox/citizen/letters");
        assertThat(sent.header("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(sent.header("X-Forwarded-For")).isEqualTo("203.0.113.7");
        assertThat(sent.body()).contains("\"mailbox\":\"county-head\"", "\"contactName\":\"王小明\"");
    }

    @Test
    void aLoggedInCitizenMayLeaveOutTheMobileNumberAndTheLetterGoesWithTheirEmailAddress() {
        MAILBOX.answer("POST /api/mailbox/citizen/letters", 201, """
                {"trackingCode":"WXYZ-2345-6789","queryPassword":"ABCDE-FGHJK"}""");

        ResponseEntity<String> receipt = submit("/mailbox/county-head/write", Map.of("type", "CONSULTATION",
                "subject", "居住证办理", "content", "请问需要哪些材料？", "contactName", "王小明",
                "contactEmail", "wang.xiaoming@example.com", "_csrf", "csrf-123"), loggedIn());

        assertThat(receipt.getStatusCode()).as(receipt.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(MAILBOX.last("POST /api/mailbox/citizen/letters").body())
            .contains("\"contactEmail\":\"wang.xiaoming@example.com\"").doesNotContain("\"contactPhone\":\"");
    }

    @Test
    void theMailboxsRefusalOfAnUnreachableLetterIsShownAtTheMobileNumber() {
        MAILBOX.answer("POST /api/mailbox/citizen/letters", 400, """
                {"type":"urn:zhengtong:problem:validation","title":"请求参数有误","status":400,"detail":"提交的内容有误，请按提示修改后重试。",
                 "errors":[{"field":"contactPhone","message":"实名来信请填写手机号码或电子邮箱，以便联系答复"}]}""");

        ResponseEntity<String> page = submit("/mailbox/county-head/write", Map.of("type", "CONSULTATION",
                "subject", "居住证办理", "content", "请问需要哪些材料？", "contactName", "王小明", "_csrf", "csrf-123"),
                loggedIn());

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(page.getBody()).contains("id=\"error-contactPhone\">实名来信请填写手机号码或电子邮箱，以便联系答复</p>",
                "href=\"#field-contactPhone\"", "手机号码（选填）</label>");
    }

    @Test
    void myLettersListsTheCitizensLettersWithStatusAndDueDateAndLinksEachWithoutPassword() {
        MAILBOX.answer("GET /api/mailbox/citizen/letters", 200, """
                {"content":[{"trackingCode":"ABCD-EFGH-JKLM","subject":"<b>路灯</b>不亮","mailbox":"county-head","mailboxName":"县长信箱",
                  "type":"COMPLAINT","typeLabel":"投诉","status":"IN_PROGRESS","statusLabel":"办理中",
                  "submittedAt":"2026-11-16T01:30:00Z","dueDate":"2026-11-25"}],"page":0,"size":20,"totalElements":21,"totalPages":2}""");

        ResponseEntity<String> list = page("/mailbox/my", loggedIn());

        assertThat(list.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(list.getHeaders().getCacheControl()).contains("no-store");
        assertThat(list.getBody()).contains("href=\"/mailbox/my/ABCD-EFGH-JKLM\"", "&lt;b&gt;路灯&lt;/b&gt;不亮", "县长信箱", "投诉",
                "2026-11-16 09:30", "办理中", "2026-11-25", "href=\"/mailbox/my?page=2\"");
        StubMailbox.Request asked = MAILBOX.last("GET /api/mailbox/citizen/letters");
        assertThat(asked.header("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(asked.query()).contains("page=0", "size=20");
    }

    @Test
    void theCitizenOpensAndRatesTheirOwnLetterWithoutThePassword() {
        MAILBOX.answer("GET /api/mailbox/citizen/letters/" + CODE, 200, LETTER);
        MAILBOX.answer("POST /api/mailbox/citizen/letters/" + CODE + "/rating", 200,
                LETTER.replace("\"rating\":null,\"ratingLabel\":null", "\"rating\":\"SATISFIED\",\"ratingLabel\":\"满意\"")
                    .replace("\"mayRate\":true", "\"mayRate\":false"));

        ResponseEntity<String> letter = page("/mailbox/my/" + CODE, loggedIn());

        assertThat(letter.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(letter.getHeaders().getCacheControl()).contains("no-store");
        assertThat(letter.getBody()).contains("路灯不亮", "已安排维修。", "action=\"/mailbox/my/ABCD-EFGH-JKLM/rating\"",
                "name=\"_csrf\" value=\"csrf-123\"")
            .doesNotContain("name=\"password\"");

        ResponseEntity<String> rated = submit("/mailbox/my/" + CODE + "/rating", Map.of("rating", "SATISFIED", "_csrf", "csrf-123"),
                loggedIn());

        assertThat(rated.getBody()).contains("感谢您的评价。", "您的评价：<strong>满意</strong>");
        StubMailbox.Request sent = MAILBOX.last("POST /api/mailbox/citizen/letters/" + CODE + "/rating");
        assertThat(sent.header("Authorization")).isEqualTo("Bearer " + TOKEN);
        assertThat(sent.body()).contains("\"rating\":\"SATISFIED\"");
    }

    @Test
    void someoneElsesLetterGetsThePasswordFormWithA404NeverTheLetter() {
        MAILBOX.answer("GET /api/mailbox/citizen/letters/WXYZ-WXYZ-WXYZ", 404, """
                {"type":"urn:zhengtong:problem:letter-not-found","title":"未找到","status":404,"detail":"您的来信中没有这封信。"}""");

        ResponseEntity<String> page = page("/mailbox/my/WXYZ-WXYZ-WXYZ", loggedIn());

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(page.getBody()).contains("您的来信中没有这封信", "name=\"password\"", "value=\"WXYZ-WXYZ-WXYZ\"");
    }

    @Test
    void anAnonymousVisitorIsOfferedToLogInAndNeverReachesTheCitizenApi() {
        long before = MAILBOX.requests().stream().filter(r -> r.path().startsWith("/api/mailbox/citizen")).count();

        ResponseEntity<String> list = page("/mailbox/my", anonymous());
        ResponseEntity<String> letter = page("/mailbox/my/" + CODE, anonymous());
        ResponseEntity<String> rating = submit("/mailbox/my/" + CODE + "/rating", Map.of("rating", "SATISFIED"), anonymous());

        assertThat(list.getBody()).contains("登录后可以查看您写过的信件",
                "href=\"/oauth2/authorization/keycloak?return=/mailbox/my\"");
        assertThat(letter.getBody()).contains("请登录后查看您的来信", "name=\"password\"", "value=\"ABCD-EFGH-JKLM\"")
            .doesNotContain("已安排维修");
        assertThat(rating.getBody()).contains("name=\"password\"").doesNotContain("感谢您的评价");
        assertThat(MAILBOX.requests().stream().filter(r -> r.path().startsWith("/api/mailbox/citizen")).count())
            .isEqualTo(before);
    }

    @Test
    void aFormPostWithoutThisLoginsTokenNeverActsAsTheAccount() {
        MAILBOX.answer("POST /api/mailbox/public/letters", 400, """
                {"type":"urn:zhengtong:problem:validation","title":"请求参数有误","status":400,"detail":"提交的内容有误。",
                 "errors":[{"field":"captchaAnswer","message":"请填写验证码"}]}""");
        long before = MAILBOX.requests().stream().filter(r -> r.path().startsWith("/api/mailbox/citizen")).count();

        ResponseEntity<String> letter = submit("/mailbox/county-head/write", Map.of("type", "COMPLAINT", "subject", "伪造",
                "content", "别的网站提交的表单。", "contactName", "王小明", "contactPhone", "13812341234", "_csrf", "forged"),
                loggedIn());
        ResponseEntity<String> rating = submit("/mailbox/my/" + CODE + "/rating", Map.of("rating", "UNSATISFIED"), loggedIn());

        assertThat(MAILBOX.requests().stream().filter(r -> r.path().startsWith("/api/mailbox/citizen")).count())
            .isEqualTo(before);
        assertThat(MAILBOX.last("POST /api/mailbox/public/letters").header("Authorization")).isNull();
        assertThat(letter.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(letter.getBody()).as("shown again to the logged-in visitor, now with their token")
            .contains("name=\"_csrf\" value=\"csrf-123\"");
        assertThat(rating.getBody()).contains("name=\"password\"").doesNotContain("感谢您的评价");
    }
}
