package io.zhengtong.deploy.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.LoadState;

import nu.validator.client.EmbeddedValidator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The public website meets the bar on every kind of page: accessible (axe-core: no
 * serious or critical violation), valid HTML (Nu Html Checker: no error), usable on a phone,
 * a remembered 长者模式 for older readers, and nothing fetched from outside the site.
 */
class WebsiteQualityIT extends BrowserTest {

    private static final String ELDER_MODE_ON = "长者模式（大字号、高对比度）";
    private static final String ELDER_MODE_OFF = "退出长者模式";
    private static final String SEARCH_WORD = "公文";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A kind of page, reached by its path; {@code elder}: 长者模式 switched on first, as a visitor does. */
    record SitePage(String name, String path, int status, String shows, boolean elder) {

        @Override
        public String toString() {
            return name;
        }
    }

    static List<SitePage> pages() throws Exception {
        String search = "/search?q=" + SEARCH_WORD;
        return List.of(
                new SitePage("home page", "/", 200, "最新信息", false),
                new SitePage("channel page", "/channels/egov", 200, "电子政务", false),
                new SitePage("article page", firstArticleOfTheEgovChannel(), 200, "发布时间", false),
                new SitePage("search page with results", search, 200, "找到与“" + SEARCH_WORD + "”相关的结果", false),
                new SitePage("search page with a mistyped date", search + "&from=2026-13-45", 400, "搜索条件有误", false),
                new SitePage("page not found", "/no-such-page", 404, "您访问的页面不存在", false),
                new SitePage("mailbox page", "/mailbox", 200, "选择信箱", false),
                new SitePage("letter form", "/mailbox/county-head/write", 200, "验证码", false),
                new SitePage("letter form in 长者模式", "/mailbox/county-head/write", 200, "验证码", true),
                new SitePage("letter query form", "/mailbox/track", 200, "查询密码", false),
                new SitePage("published letters", "/mailbox/letters", 200, "来信选登", false),
                new SitePage("monthly reports", "/mailbox/reports", 200, "每月通报", false),
                new SitePage("home page in 长者模式", "/", 200, "最新信息", true));
    }

    /** The demo county reports are in 电子政务; whichever ids they got, the channel page links them. */
    private static String firstArticleOfTheEgovChannel() throws Exception {
        HttpResponse<String> channel = RunningPlatform.http(null).send(
                HttpRequest.newBuilder(URI.create(RunningPlatform.PUBLIC_URL + "/channels/egov"))
                    .timeout(Duration.ofSeconds(20))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher link = Pattern.compile("href=\"(/articles/\\d+)\"").matcher(channel.body());
        assertThat(link.find()).as("an article link on /channels/egov").isTrue();
        return link.group(1);
    }

    /** Opens the page in a fresh browser (at the given size), switching 长者模式 on first if the page asks for it. */
    private Page visit(SitePage sitePage, int width, int height) {
        Page page = newContextWith(anonymous().setViewportSize(width, height)).newPage();
        if (sitePage.elder()) {
            open(page, "/");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(ELDER_MODE_ON)).click();
            assertThat(page.locator("html")).hasClass("elder");
        }
        Response response = open(page, sitePage.path());
        page.waitForLoadState(LoadState.LOAD); // the style sheet decides contrast and layout
        assertThat(response.status()).as("status of %s", sitePage.path()).isEqualTo(sitePage.status());
        assertThat(page.locator("main")).containsText(sitePage.shows());
        if (sitePage.elder()) {
            assertThat(page.locator("html")).hasClass("elder");
        }
        return page;
    }

    private Page visit(SitePage sitePage) {
        return visit(sitePage, 1280, 900);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void axeFindsNoSeriousOrCriticalAccessibilityProblem(SitePage sitePage) {
        Page page = visit(sitePage);

        AxeResults results = new AxeBuilder(page).analyze();

        assertThat(results.getErrorMessage()).as("axe ran").isNull();
        List<String> findings = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            if (!"serious".equals(rule.getImpact()) && !"critical".equals(rule.getImpact())) {
                continue;
            }
            for (CheckedNode node : rule.getNodes()) {
                findings.add(rule.getImpact() + " " + rule.getId() + " (" + rule.getHelp() + ") at " + node.getTarget()
                        + ": " + node.getHtml() + " — " + node.getFailureSummary().replace('\n', ' '));
            }
        }
        assertThat(findings).as("axe-core on the %s (%s)", sitePage, sitePage.path()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void theNuHtmlCheckerFindsNoErrorInTheServedHtml(SitePage sitePage) throws Exception {
        Page page = visit(sitePage);
        APIResponse served = page.request().get(sitePage.path()); // the same cookies, so 长者模式 too
        assertThat(served.status()).isEqualTo(sitePage.status());
        assertThat(served.headers().get("content-type")).startsWith("text/html");

        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        JsonNode report = JSON.readTree(validator.validate(new ByteArrayInputStream(served.body())));

        List<String> errors = new ArrayList<>();
        for (JsonNode message : report.get("messages")) {
            String type = message.path("type").asString();
            if (!"info".equals(type)) { // "error" (with subType fatal) or "non-document-error"
                errors.add("line " + message.path("lastLine").asInt() + ": " + message.path("message").asString()
                        + " [" + message.path("extract").asString().strip() + "]");
            }
        }
        assertThat(errors).as("Nu Html Checker on the %s (%s)", sitePage, sitePage.path()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void atPhoneWidthThePageNeverScrollsSideways(SitePage sitePage) {
        Page page = visit(sitePage, 375, 812);

        Number scrollWidth = (Number) page.evaluate("document.documentElement.scrollWidth");
        Number innerWidth = (Number) page.evaluate("window.innerWidth");

        assertThat(scrollWidth.intValue())
            .as("scroll width of the %s at 375 px; too wide: %s", sitePage, page.evaluate(WIDER_THAN_THE_SCREEN))
            .isLessThanOrEqualTo(innerWidth.intValue());
    }

    /** The innermost elements reaching past the right edge of the screen, to say what to fix. */
    private static final String WIDER_THAN_THE_SCREEN = """
            () => [...document.querySelectorAll('body *')]
              .filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5)
              .filter(e => ![...e.children].some(c => c.getBoundingClientRect().right > window.innerWidth + 0.5))
              .slice(0, 5)
              .map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).trim().replace(/\\s+/g, '.') : '')
                + ' (right edge ' + Math.round(e.getBoundingClientRect().right) + ' px): ' + (e.textContent || '').trim().slice(0, 30))
            """;

    private static void assertWithinTheScreen(Locator element, int width) {
        assertThat(element).isVisible();
        BoundingBox box = element.boundingBox();
        assertThat(box.x).as("left edge of %s", element).isGreaterThanOrEqualTo(0);
        assertThat(box.x + box.width).as("right edge of %s", element).isLessThanOrEqualTo(width);
    }

    @Test
    void onAPhoneAVisitorCanUseTheNavigationAndTheSearchBox() {
        Page page = newContextWith(anonymous().setViewportSize(375, 812).setHasTouch(true).setIsMobile(true)).newPage();
        open(page, "/");
        Locator navigation = page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("主导航"));
        Locator egov = navigation.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("电子政务").setExact(true));
        Locator searchBox = page.getByRole(AriaRole.SEARCHBOX, new Page.GetByRoleOptions().setName("站内搜索"));
        Locator searchButton = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("搜索").setExact(true)).first();

        egov.scrollIntoViewIfNeeded();
        assertWithinTheScreen(egov, 375);
        egov.tap();
        page.waitForURL(Pattern.compile(".*/channels/egov$"));
        assertThat(page.locator("h1")).containsText("电子政务");

        assertWithinTheScreen(searchBox, 375);
        assertWithinTheScreen(searchButton, 375);
        searchBox.tap();
        searchBox.fill(SEARCH_WORD);
        searchButton.tap();
        page.waitForURL(Pattern.compile(".*/search\\?q=.*"));
        assertThat(page.locator(".search-summary")).containsText("找到与“" + SEARCH_WORD + "”相关的结果");
        assertThat(page.locator("ol.hits > li").first()).isVisible();
    }

    private static double rootFontSize(Page page) {
        return Double.parseDouble(((String) page.evaluate("getComputedStyle(document.documentElement).fontSize")).replace("px", ""));
    }

    @Test
    void elderModeSwitchedOnAtHomeIsRememberedOnOtherPagesUntilSwitchedOff() {
        Page page = newContextWith(anonymous()).newPage();
        open(page, "/");
        double normalFontSize = rootFontSize(page);
        assertThat(page.locator("html")).not().hasClass("elder");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(ELDER_MODE_ON)).click();
        assertThat(page.locator("html")).hasClass("elder");
        assertThat(rootFontSize(page)).as("font size in 长者模式").isGreaterThan(normalFontSize);

        page.locator("#home .article-list a").first().click();
        page.waitForURL(Pattern.compile(".*/articles/\\d+$"));
        assertThat(page.locator("html")).hasClass("elder");
        String article = page.url();

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(ELDER_MODE_OFF)).click();
        page.waitForURL(article); // back where the visitor was
        assertThat(page.locator("html")).not().hasClass("elder");
        open(page, "/");
        assertThat(page.locator("html")).not().hasClass("elder");
        assertThat(rootFontSize(page)).isEqualTo(normalFontSize);
    }

    @Test
    void noPageFetchesAnythingFromOutsideTheSite() throws Exception {
        List<String> requested = new CopyOnWriteArrayList<>();
        Page page = newContextWith(anonymous()).newPage();
        page.context().onRequest(request -> requested.add(request.url()));

        for (SitePage sitePage : pages()) {
            if (sitePage.elder()) {
                open(page, "/");
                Locator elderModeOn = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(ELDER_MODE_ON));
                if (elderModeOn.count() > 0) { // an earlier page may have switched it on already (it is remembered)
                    elderModeOn.click();
                }
                assertThat(page.locator("html")).hasClass("elder");
            }
            open(page, sitePage.path());
            page.waitForLoadState(LoadState.NETWORKIDLE);
        }

        List<String> outside = requested.stream()
            .filter(url -> url.startsWith("http:") || url.startsWith("https:") || url.startsWith("ws"))
            .filter(url -> !isLocal(url))
            .distinct()
            .collect(Collectors.toList());
        assertThat(requested).as("requests made").isNotEmpty();
        assertThat(requested).anySatisfy(url -> assertThat(url).contains(".css")); // the style sheet is the site's own
        assertThat(outside).as("requests leaving the site").isEmpty();
    }

    private static boolean isLocal(String url) {
        String host = URI.create(url).getHost();
        return host != null && Stream.of("localhost", "127.0.0.1", "[::1]", "::1").anyMatch(host.toLowerCase(Locale.ROOT)::equals);
    }
}
