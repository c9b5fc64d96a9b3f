package io.zhengtong.portal.article;

import static io.zhengtong.portal.article.OfficeClient.HUANG_LI;
import static io.zhengtong.portal.article.OfficeClient.LI_NA;
import static io.zhengtong.portal.article.OfficeClient.ZHANG_WEI;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import io.zhengtong.platform.test.IntegrationTest;
import io.zhengtong.portal.search.SearchDocument;

/** What the public website and the search rebuild read: published articles only. */
@IntegrationTest
class PublishedArticlesIT {

    @LocalServerPort
    int port;

    @Autowired
    PublishedArticles website;

    @Autowired
    ArticleSearchSource searchSource;

    long publish(String editor, String title, String channel) {
        OfficeClient writer = OfficeClient.as(editor, port);
        Map<String, Object> submitted = writer.act("submit", writer.draft(title, channel, "<p>" + title + "的正文。</p>"),
                null);
        Map<String, Object> published = OfficeClient.as(LI_NA, port).act("approve", submitted, null);
        return ((Number) published.get("id")).longValue();
    }

    static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void theWebsiteShowsPublishedArticlesNewestFirstWithNeighboursInTheirChannel() {
        long first = publish(ZHANG_WEI, unique("双石铺镇开展防汛演练"), "town-news");
        long second = publish(ZHANG_WEI, unique("凤州镇召开乡村振兴推进会"), "town-news");
        Map<String, Object> draft = OfficeClient.as(ZHANG_WEI, port).draft(unique("未发布的草稿"), "town-news", "<p>x</p>");

        assertThat(website.latestIn("town-news", 0, 2).getContent()).extracting(PublishedArticles.Summary::id)
            .containsExactly(second, first);
        assertThat(website.latest(0, 1).getContent()).extracting(PublishedArticles.Summary::id).containsExactly(second);
        assertThat(website.latestIn("town-news", 0, 100).getContent()).noneMatch(s -> s.id() == asLong(draft.get("id")));
        assertThat(website.article(asLong(draft.get("id")))).isEmpty();
        assertThat(website.article(Long.MAX_VALUE)).isEmpty();

        PublishedArticles.Detail page = website.article(second).orElseThrow();
        assertThat(page.channelCode()).isEqualTo("town-news");
        assertThat(page.channelName()).isEqualTo("乡镇动态");
        assertThat(page.unitName()).isEqualTo("凤县人民政府办公室");
        assertThat(page.bodyHtml()).startsWith("<p>").contains("的正文。");
        assertThat(page.url()).isEqualTo("/articles/" + second);
        assertThat(page.previous().id()).isEqualTo(first);
        assertThat(page.next()).isNull();
        assertThat(website.article(first).orElseThrow().next().id()).isEqualTo(second);
        assertThat(website.lastChange()).hasValueSatisfying(last -> assertThat(last).isAfterOrEqualTo(page.publishedAt()));
        assertThat(website.all()).extracting(PublishedArticles.Summary::id).contains(first, second);
    }

    @Test
    void aDepartmentsSubSiteListsTheArticlesOfItsChannelsAndRssTakesOnlyNewsChannels() {
        long tourism = publish(HUANG_LI, unique("紫柏山景区五一期间免费开放"), "tourism");
        long notice = publish(ZHANG_WEI, unique("关于清明节放假的通知"), "notices");

        assertThat(website.latestIn("culture-tourism", 0, 1).getContent()).singleElement().satisfies(summary -> {
            assertThat(summary.id()).isEqualTo(tourism);
            assertThat(summary.unitName()).isEqualTo("凤县文化和旅游局");
            assertThat(summary.channelName()).isEqualTo("旅游资讯");
        });
        assertThat(website.latestNews(100)).extracting(PublishedArticles.Summary::id).contains(tourism)
            .doesNotContain(notice);
        assertThat(website.latestIn("no-such-channel", 0, 10)).isEmpty();
    }

    @Test
    void thePublicChannelTreeHasTheCountysColumnsAndTheDepartmentsSubSite() {
        List<PublishedArticles.PublicChannel> tree = website.channelTree();

        assertThat(tree).extracting(PublishedArticles.PublicChannel::code)
            .containsSubsequence("news", "notices", "policy", "dept-news", "town-news", "egov", "culture-tourism");
        PublishedArticles.PublicChannel subSite = website.channel("culture-tourism").orElseThrow();
        assertThat(subSite.name()).isEqualTo("文化旅游");
        assertThat(subSite.unitName()).isEqualTo("凤县文化和旅游局");
        assertThat(subSite.children()).extracting(PublishedArticles.PublicChannel::code).containsExactly("tourism");
        assertThat(website.channel("news").orElseThrow().news()).isTrue();
        assertThat(website.channel("no-such-channel")).isEmpty();
    }

    @Test
    void theSearchRebuildReadsEveryPublishedArticleAndNothingElse() {
        String title = unique("电子政务外网建设情况");
        long published = publish(ZHANG_WEI, title, "egov");
        Map<String, Object> withdrawn = OfficeClient.as(LI_NA, port).act("withdraw",
                OfficeClient.as(LI_NA, port).get("/api/portal/articles/{id}", publish(ZHANG_WEI, unique("撤回"), "egov"))
                    .getBody(),
                "重复发布");

        List<SearchDocument> documents;
        try (Stream<SearchDocument> stream = searchSource.documents()) {
            documents = stream.toList();
        }

        assertThat(searchSource.type()).isEqualTo("article");
        assertThat(documents).filteredOn(document -> document.id().equals("article-" + published)).singleElement()
            .satisfies(document -> {
                assertThat(document.type()).isEqualTo("article");
                assertThat(document.title()).isEqualTo(title);
                assertThat(document.body()).isEqualTo(title + "的正文。");
                assertThat(document.unitCode()).isEqualTo("gov-office");
                assertThat(document.unitName()).isEqualTo("凤县人民政府办公室");
                assertThat(document.channel()).isEqualTo("电子政务");
                assertThat(document.url()).isEqualTo("/articles/" + published);
                assertThat(document.publishedAt()).isNotNull();
            });
        assertThat(documents).noneMatch(document -> document.id().equals("article-" + withdrawn.get("id")));
        assertThat(documents).extracting(SearchDocument::id).doesNotHaveDuplicates();
    }

    @Test
    void theOfficeSeesTheChannelTreeWithTheChannelsTheCallerMayWriteInFlagged() {
        ResponseEntity<List> forZhangWei = OfficeClient.as(ZHANG_WEI, port).getList("/api/portal/channels");
        ResponseEntity<List> forHuangLi = OfficeClient.as(HUANG_LI, port).getList("/api/portal/channels");

        assertThat(forZhangWei.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(writable(forZhangWei)).contains("news", "notices", "policy", "egov").doesNotContain("tourism");
        assertThat(writable(forHuangLi)).containsExactlyInAnyOrder("culture-tourism", "tourism");
        Map<String, Object> news = ((List<Map<String, Object>>) forZhangWei.getBody()).getFirst();
        assertThat(news).containsEntry("code", "news").containsEntry("name", "政务要闻")
            .containsEntry("unitCode", "gov-office").containsEntry("news", true).containsKey("children");
    }

    private static List<String> writable(ResponseEntity<List> tree) {
        return flatten((List<Map<String, Object>>) tree.getBody()).filter(channel -> (Boolean) channel.get("writable"))
            .map(channel -> (String) channel.get("code"))
            .toList();
    }

    private static Stream<Map<String, Object>> flatten(List<Map<String, Object>> channels) {
        return channels.stream().flatMap(channel -> Stream.concat(Stream.of(channel),
                flatten((List<Map<String, Object>>) channel.get("children"))));
    }

    private static long asLong(Object value) {
        return ((Number) value).longValue();
    }
}
