package io.zhengtong.deploy.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

import io.zhengtong.platform.test.TestInfrastructure;

/**
 * Elasticsearch going down costs the website its search for a while, and nothing else: articles
 * are still published, visitors get a friendly message instead of an error, and what was
 * published meanwhile is found once Elasticsearch is back.
 */
class SearchWhileElasticsearchIsDownIT extends BrowserTest {

    /** Rare in the demo content, so the search shows exactly the article this test publishes. */
    private static final String WORD = "羚牛";
    /** The consumer retries with growing pauses, up to 30 s apart, and Elasticsearch needs a while to be ready. */
    private static final Duration CATCH_UP_DEADLINE = Duration.ofSeconds(90);

    private final HttpClient http;

    SearchWhileElasticsearchIsDownIT() throws Exception {
        http = RunningPlatform.http(null);
    }

    private HttpResponse<String> get(String path, String accept) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(RunningPlatform.PUBLIC_URL + path))
            .header("Accept", accept)
            .timeout(Duration.ofSeconds(30))
            .build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String q(String words) {
        return URLEncoder.encode(words, StandardCharsets.UTF_8);
    }

    @Test
    void whileElasticsearchIsDownArticlesArePublishedTheSearchSaysItIsUnavailableAndAfterwardsFindsThem() throws Exception {
        String suffix = "E2E" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        String title = "秦岭" + WORD + "监测站建成投用（" + suffix + "）";
        String searchApi = "/api/portal/public/search?q=" + q(WORD + " " + suffix);
        Long articleId = null;
        boolean stopped = false;
        try {
            assertThat(get(searchApi, "application/json").statusCode()).as("search works before the outage").isEqualTo(200);

            stopped = true;
            elasticsearch("stop");
            assertThat(elasticsearchAnswers()).as("Elasticsearch stopped").isFalse();

            long publishing = System.nanoTime();
            articleId = PortalArticles.publish(title, "news", "<p>县林业局在秦岭" + WORD + "栖息地建成监测站，编号" + suffix + "。</p>");
            assertThat(Duration.ofNanos(System.nanoTime() - publishing)).as("publishing without Elasticsearch")
                .isLessThan(Duration.ofSeconds(10));
            assertThat(PortalArticles.detail(PortalArticles.REVIEWER, articleId).get("status").asString()).isEqualTo("PUBLISHED");

            // A visitor searching gets a friendly page, not an error page.
            Page visitor = newContextWith(anonymous()).newPage();
            Response searchPage = open(visitor, "/search?q=" + q(WORD));
            assertThat(searchPage.status()).isEqualTo(503);
            assertThat(visitor.locator("main")).containsText("站内搜索暂时不可用");
            assertThat(visitor.getByRole(AriaRole.SEARCHBOX,
                    new Page.GetByRoleOptions().setName("站内搜索"))).isVisible(); // they can try again

            // Programs get a problem saying when to retry.
            HttpResponse<String> api = get(searchApi, "application/json");
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/problem+json"));
            assertThat(api.headers().firstValue("Retry-After")).isPresent();
            assertThat(api.body()).contains("站内搜索暂时不可用").contains("\"status\":503");

            // The rest of the website does not need Elasticsearch: the new article is on it already.
            Response home = open(visitor, "/");
            assertThat(home.status()).isEqualTo(200);
            assertThat(visitor.locator("main")).containsText(title);
            Response article = open(visitor, "/articles/" + articleId);
            assertThat(article.status()).isEqualTo(200);
            assertThat(visitor.locator("h1")).hasText(title);

            elasticsearch("start");
            stopped = false;

            long back = System.nanoTime();
            HttpResponse<String> found = get(searchApi, "application/json");
            while (!(found.statusCode() == 200 && found.body().contains("\"/articles/" + articleId + "\""))
                    && Duration.ofNanos(System.nanoTime() - back).compareTo(CATCH_UP_DEADLINE) < 0) {
                Thread.sleep(1000); // polling: the index catches up on its own
                found = get(searchApi, "application/json");
            }
            System.out.printf("the article published during the outage was found %d s after Elasticsearch was back%n",
                    Duration.ofNanos(System.nanoTime() - back).toSeconds());
            assertThat(found.statusCode()).isEqualTo(200);
            assertThat(found.body()).as("search for %s after the outage", title).contains("\"/articles/" + articleId + "\"");

            open(visitor, "/search?q=" + q(WORD));
            assertThat(visitor.locator("ol.hits > li").filter(new Locator.FilterOptions()
                .setHasText(suffix))).hasCount(1);
        }
        finally {
            try {
                if (stopped) {
                    elasticsearch("start");
                }
            }
            finally {
                PortalArticles.withdrawQuietly(articleId);
            }
        }
    }

    /**
     * {@code zt infra stop|start elasticsearch}, as {@code TestInfrastructure.stop/start} does, but
     * with the launcher that started it (see {@link RunningPlatform#launcher}): run from a git
     * worktree, {@code TestInfrastructure} would use the worktree's launcher, which does not
     * recognise the node as its own. Starting returns once the node is healthy.
     */
    private static void elasticsearch(String action) throws Exception {
        RunningPlatform.launcher("infra", action, "elasticsearch");
    }

    private boolean elasticsearchAnswers() throws Exception {
        try {
            http.send(HttpRequest.newBuilder(URI.create(TestInfrastructure.backing().elasticsearchUrl()))
                .timeout(Duration.ofSeconds(5))
                .build(), HttpResponse.BodyHandlers.discarding());
            return true;
        }
        catch (java.io.IOException refused) {
            return false;
        }
    }
}
