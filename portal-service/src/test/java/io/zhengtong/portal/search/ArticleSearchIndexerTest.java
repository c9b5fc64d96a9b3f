package io.zhengtong.portal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;

import io.zhengtong.platform.events.RetryLater;
import tools.jackson.databind.json.JsonMapper;

class ArticleSearchIndexerTest {

    @Test
    void elasticsearchBeingDownMakesTheEventWaitAndRetryRatherThanFail() {
        Consumer<String> handler = ArticleSearchIndexer.retryWhileUnavailable(event -> {
            throw new SearchUnavailable("down", new java.net.ConnectException("Connection refused"));
        });

        assertThatThrownBy(() -> handler.accept("event")).isInstanceOf(RetryLater.class)
            .hasCauseInstanceOf(SearchUnavailable.class);
    }

    @Test
    void otherFailuresAreNotDisguisedAsTemporary() {
        Consumer<String> handler = ArticleSearchIndexer.retryWhileUnavailable(event -> {
            throw new IllegalStateException("bulk failed");
        });

        assertThatThrownBy(() -> handler.accept("event")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aPublishedArticleBecomesAnArticleEntryWithItsChannelUnitAndPage() {
        ArticleEvents.Published event = JsonMapper.builder().build().readValue("""
                {"eventId":"%s","aggregateId":"42","occurredAt":"2026-03-10T01:00:00Z","articleId":42,
                 "title":"县长信箱通报","summary":"摘要","bodyText":"正文","channelCode":"news","channelName":"政务要闻",
                 "unitCode":"gov-office","unitName":"凤县人民政府办公室","publishedAt":"2026-03-10T01:00:00Z",
                 "url":"/articles/42","addedLater":true}""".formatted(UUID.randomUUID()), ArticleEvents.Published.class);

        assertThat(event.toSearchDocument()).isEqualTo(new SearchDocument("article-42", "article", "县长信箱通报", "正文",
                "gov-office", "凤县人民政府办公室", "政务要闻", Instant.parse("2026-03-10T01:00:00Z"), "/articles/42"));
    }

    @Test
    void anArticleWithoutBodyTextIsFoundByItsSummary() {
        ArticleEvents.Published event = new ArticleEvents.Published(UUID.randomUUID(), "7", Instant.EPOCH, 7, "标题",
                "只有摘要", " ", "news", "政务要闻", "gov-office", "办公室", Instant.EPOCH, null);

        assertThat(event.toSearchDocument().body()).isEqualTo("只有摘要");
        assertThat(event.toSearchDocument().url()).isEqualTo("/articles/7");
    }

    @Test
    void typesAreShownWithChineseNamesAndUnknownOnesAsTheirCode() {
        assertThat(SearchTypes.label("article")).isEqualTo("新闻动态");
        assertThat(SearchTypes.label("guide")).isEqualTo("办事指南");
        assertThat(SearchTypes.label("meeting")).isEqualTo("meeting");
    }
}
