package io.zhengtong.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import io.zhengtong.platform.test.IntegrationTest;
import io.zhengtong.portal.article.ArticleStatus;
import io.zhengtong.portal.article.Articles;
import io.zhengtong.portal.article.HistoryAction;
import io.zhengtong.portal.article.HistoryEntry;
import io.zhengtong.portal.article.PublishedArticles;

/** The demo county's articles are published once, through the workflow, however often seeding runs. */
@IntegrationTest
class DemoCountySeedingIT {

    @Autowired
    DemoCountySeeding seeding;

    @Autowired
    Articles articles;

    @Autowired
    PublishedArticles website;

    @Autowired
    JdbcTemplate jdbc;

    final String marker = "demo-seeding-it-" + UUID.randomUUID();
    List<Long> seeded = List.of();

    @AfterEach
    void removeWhatThisTestSeeded() {
        seeded.forEach(id -> jdbc.update("delete from article where id = ?", id));
        jdbc.update("delete from demo_seed_marker where name = ?", marker);
    }

    @Test
    void theReportsAndNewsArePublishedOnceWrittenByZhangWeiAndApprovedByLiNa() {
        seeded = seeding.seedOnce(marker);
        long countAfterFirst = articles.count();

        List<Long> second = seeding.seedOnce(marker);

        assertThat(seeded).hasSize(8);
        assertThat(second).isEmpty();
        assertThat(articles.count()).isEqualTo(countAfterFirst);
        assertThat(website.latestIn("egov", 0, 100).getContent()).extracting(PublishedArticles.Summary::id)
            .containsAll(seeded.subList(0, 5));
        assertThat(website.article(seeded.getFirst())).hasValueSatisfying(article -> {
            assertThat(article.channelName()).isEqualTo("电子政务");
            assertThat(article.bodyHtml()).startsWith("<p>");
        });
        var article = articles.findWithHistory(seeded.getLast()).orElseThrow();
        assertThat(article.status()).isEqualTo(ArticleStatus.PUBLISHED);
        assertThat(article.authorName()).isEqualTo("张伟");
        assertThat(article.history()).extracting(HistoryEntry::action).containsExactly(HistoryAction.CREATED,
                HistoryAction.SUBMITTED, HistoryAction.PUBLISHED);
        assertThat(article.history().getLast().actorName()).isEqualTo("李娜");
    }

    @Test
    void aPortalThatAlreadyHasArticlesIsNotSeeded() {
        seeded = seeding.seedOnce(marker); // makes sure there are articles, whatever ran before
        long before = articles.count();

        assertThat(seeding.seedIfEmpty()).isEmpty();
        assertThat(articles.count()).isEqualTo(before);
    }
}
