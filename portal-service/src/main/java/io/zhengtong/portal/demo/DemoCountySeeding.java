package io.zhengtong.portal.demo;

import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.zhengtong.platform.demo.DemoSeed;
import io.zhengtong.platform.demo.DemoSeedMarkers;
import io.zhengtong.platform.security.CurrentUser;
import io.zhengtong.portal.article.Articles;
import io.zhengtong.portal.article.ReviewingArticles;
import io.zhengtong.portal.article.WritingArticles;
import io.zhengtong.portal.article.WritingArticles.ArticleText;

/**
 * Fills an empty portal with the demo county's articles, written by 张伟 and approved by 李娜
 * through the same workflow as in the OA, so their events go out through the outbox and reach the
 * search index. One transaction: all of it or nothing. Runs at start-up when {@code zhengtong.demo.seed=true}.
 */
@Service
public class DemoCountySeeding implements DemoSeed {

    /** The marker row of the demo articles: its primary key lets only one replica seed. */
    public static final String MARKER = "demo-county-articles";

    static final CurrentUser EDITOR = new CurrentUser("zhang.wei", "张伟", "gov-office", Set.of("staff", "editor"));
    static final CurrentUser REVIEWER = new CurrentUser("li.na", "李娜", "gov-office", Set.of("staff", "reviewer"));

    private final Articles articles;
    private final WritingArticles writing;
    private final ReviewingArticles reviewing;
    private final DemoSeedMarkers markers;

    DemoCountySeeding(Articles articles, WritingArticles writing, ReviewingArticles reviewing, DemoSeedMarkers markers) {
        this.articles = articles;
        this.writing = writing;
        this.reviewing = reviewing;
        this.markers = markers;
    }

    @Override
    public String content() {
        return "Demo county articles";
    }

    /** Seeds if there are no articles yet; answers the ids it published (none if it did nothing). */
    @Override
    @Transactional
    public List<Long> seedIfEmpty() {
        return markers.onceIfEmpty(MARKER, () -> articles.count() > 0, this::publishAll);
    }

    /**
     * Seeds once per marker, whatever else is there; answers the ids it published (none the second
     * time). For tests that share a schema with other data.
     */
    @Transactional
    public List<Long> seedOnce(String marker) {
        return markers.once(marker, this::publishAll);
    }

    private List<Long> publishAll() {
        List<ArticleText> texts = new java.util.ArrayList<>(DemoContent.reports());
        texts.addAll(DemoContent.newsAndNotices());
        return texts.stream().map(this::publish).toList();
    }

    private long publish(ArticleText text) {
        long id = writing.draft(text, EDITOR);
        reviewing.submit(id, currentVersion(id), EDITOR);
        reviewing.approve(id, currentVersion(id), REVIEWER);
        return id;
    }

    private long currentVersion(long id) {
        return articles.findById(id).orElseThrow().version();
    }
}
