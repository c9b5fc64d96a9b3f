package io.zhengtong.portal.site;

import static io.zhengtong.portal.article.OfficeClient.LI_NA;
import static io.zhengtong.portal.article.OfficeClient.ZHANG_WEI;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

import io.zhengtong.platform.test.IntegrationTest;
import io.zhengtong.portal.article.OfficeClient;

/** What an anonymous visitor of the county website gets, page by page, on the real database. */
@IntegrationTest
class WebsiteIT {

    @LocalServerPort
    int port;

    private RestClient visitor() {
        // The JDK client: no redirects followed, no retries, exactly what a browser would receive.
        return RestClient.builder()
            .requestFactory(new JdkClientHttpRequestFactory(java.net.http.HttpClient.newBuilder()
                .followRedirects(java.net.http.HttpClient.Redirect.NEVER)
                .build()))
            .baseUrl("http://127.0.0.1:" + port)
            .defaultStatusHandler(status -> true, (request, response) -> { })
            .build();
    }

    private ResponseEntity<String> page(String path, String... headers) {
        return visitor().get().uri(path).accept(MediaType.TEXT_HTML).headers(h -> {
            for (int i = 0; i < headers.length; i += 2) {
                h.add(headers[i], headers[i + 1]);
            }
        }).retrieve().toEntity(String.class);
    }

    private long publish(String title, String channel, String bodyHtml) {
        OfficeClient editor = OfficeClient.as(ZHANG_WEI, port);
        Map<String, Object> submitted = editor.act("submit", editor.draft(title, channel, bodyHtml), null);
        return ((Number) OfficeClient.as(LI_NA, port).act("approve", submitted, null).get("id")).longValue();
    }

    private static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theHomePageNamesTheCountyListsTheNewestArticleAndShowsTheSiteIdentifiers() {
        String title = unique("县政府召开常务会议研究部署冬季安全生产工作");
        long id = publish(title, "news", "<p>会议要求各部门压实责任。</p>");

        ResponseEntity<String> home = page("/");

        assertThat(home.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(home.getBody()).contains("lang=\"zh-CN\"", "凤县人民政府门户网站", "政务要闻", title,
                "href=\"/articles/" + id + "\"", "网站标识码", "6103300001", "陕ICP备", "href=\"/oa/\"",
                "跳到主要内容", "action=\"/search\"");
    }

    @Test
    void anArticlePageShowsTheSanitisedBodyWhereItWasPublishedAndByWhom() {
        String title = unique("关于做好2027年元旦春节期间有关工作的通知");
        long id = publish(title, "notices", "<p>各乡镇、各部门：</p><script>alert(1)</script><p onclick=\"x()\">请认真落实。</p>");

        ResponseEntity<String> article = page("/articles/" + id);

        assertThat(article.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(article.getBody()).contains("<h1>" + title + "</h1>", "<p>各乡镇、各部门：</p>", "请认真落实。",
                "通知公告", "凤县人民政府办公室", "发布时间").doesNotContain("<script>alert", "onclick");
    }

    @Test
    void aChannelPageListsItsArticlesAndPagesThroughThem() {
        String title = unique("双石铺镇召开村级换届工作会");
        publish(title, "town-news", "<p>会议部署换届工作。</p>");

        ResponseEntity<String> channel = page("/channels/town-news");

        assertThat(channel.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(channel.getBody()).contains("<h1 id=\"channel-title\" class=\"panel-title\">乡镇动态</h1>", title);
        assertThat(page("/channels/town-news?page=999").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aMistypedAddressOrAnUnpublishedArticleGetsAFriendlyChinesePageNotAnErrorCode() {
        Map<String, Object> draft = OfficeClient.as(ZHANG_WEI, port).draft(unique("尚未发布的草稿"), "news", "<p>草稿</p>");

        for (String path : new String[] { "/articles/" + draft.get("id"), "/articles/not-a-number", "/channels/nope",
                "/no/such/page" }) {
            ResponseEntity<String> missing = page(path);
            assertThat(missing.getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(missing.getHeaders().getContentType().isCompatibleWith(MediaType.TEXT_HTML)).as(path).isTrue();
            assertThat(missing.getBody()).as(path).contains("您访问的页面不存在", "返回首页").doesNotContain("草稿");
        }
    }

    @Test
    void theApiKeepsAnsweringProblemDetailsAndStaysClosedToAnonymousCallers() {
        ResponseEntity<String> api = page("/api/portal/articles");

        assertThat(api.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(api.getHeaders().getContentType().toString()).contains("problem+json");
    }

    @Test
    void anUnchangedPageIsAnswered304AndSwitchingElderModeChangesIt() {
        ResponseEntity<String> first = page("/");
        String etag = first.getHeaders().getETag();
        assertThat(etag).isNotBlank();
        assertThat(first.getHeaders().getCacheControl()).contains("no-cache");

        assertThat(page("/", HttpHeaders.IF_NONE_MATCH, etag).getStatusCode()).isEqualTo(HttpStatus.NOT_MODIFIED);
        ResponseEntity<String> elder = page("/", HttpHeaders.IF_NONE_MATCH, etag, HttpHeaders.COOKIE, "zt_elder=1");
        assertThat(elder.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(elder.getBody()).contains("class=\"elder\"", "退出长者模式");
    }

    @Test
    void elderModeIsRememberedInACookieAndTheSwitchOnlyLeadsBackIntoTheSite() {
        ResponseEntity<String> on = page("/preferences/elder-mode?enabled=true&return=/channels/news?page=2");

        assertThat(on.getStatusCode()).isEqualTo(HttpStatus.SEE_OTHER);
        assertThat(on.getHeaders().getLocation()).hasToString("/channels/news?page=2");
        assertThat(on.getHeaders().get(HttpHeaders.SET_COOKIE)).singleElement()
            .satisfies(cookie -> assertThat(cookie).startsWith("zt_elder=1").contains("Max-Age=31536000", "HttpOnly"));
        assertThat(page("/preferences/elder-mode?enabled=true&return=//evil.example/").getHeaders().getLocation())
            .hasToString("/");
        assertThat(page("/preferences/elder-mode?enabled=false&return=/").getHeaders().get(HttpHeaders.SET_COOKIE))
            .singleElement().satisfies(cookie -> assertThat(cookie).startsWith("zt_elder=0").contains("Max-Age=0"));
    }

    @Test
    void theSitemapAndTheNewsFeedLinkEveryPublishedArticleByItsPublicAddress() {
        String title = unique("凤县召开电子政务工作推进会");
        long id = publish(title, "news", "<p>推进会内容。</p>");

        ResponseEntity<String> sitemap = visitor().get().uri("/sitemap.xml").retrieve().toEntity(String.class);
        ResponseEntity<String> rss = visitor().get().uri("/rss/news.xml").retrieve().toEntity(String.class);

        assertThat(sitemap.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(sitemap.getBody()).contains("<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">",
                "<loc>https://localhost:8443/articles/" + id + "</loc>", "<loc>https://localhost:8443/channels/news</loc>");
        assertThat(rss.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rss.getHeaders().getContentType().toString()).startsWith("application/rss+xml");
        assertThat(rss.getBody()).contains("<rss version=\"2.0\">", "<title>" + title + "</title>",
                "<link>https://localhost:8443/articles/" + id + "</link>", "<language>zh-cn</language>");
    }

    @Test
    void theSearchPageExplainsAMistypedFilterInChinese() {
        ResponseEntity<String> search = page("/search?q=信箱&from=2026-13-45");

        assertThat(search.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(search.getBody()).contains("搜索条件有误", "日期格式应为");
    }

    @Test
    void theSearchPageWithoutWordsAsksForThem() {
        ResponseEntity<String> search = page("/search");

        assertThat(search.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(search.getBody()).contains("请输入要搜索的关键词");
    }
}
