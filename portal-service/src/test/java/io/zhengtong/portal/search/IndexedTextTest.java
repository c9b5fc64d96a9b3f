package io.zhengtong.portal.search;

import static io.zhengtong.portal.search.IndexedText.HIT_END;
import static io.zhengtong.portal.search.IndexedText.HIT_START;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;

class IndexedTextTest {

    @Test
    void aMatchedWordIsWrappedInEm() {
        assertThat(IndexedText.toSafeHtml("县长" + HIT_START + "信箱" + HIT_END + "回复"))
            .isEqualTo("县长<em>信箱</em>回复");
    }

    @Test
    void markupInTheTextIsShownAsTextNotRun() {
        assertThat(IndexedText.toSafeHtml("<script>alert(\"x\")</script>" + HIT_START + "信箱" + HIT_END))
            .isEqualTo("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;<em>信箱</em>");
    }

    @Test
    void ampersandsAndQuotesAreEscaped() {
        assertThat(IndexedText.toSafeHtml("A&B 'c'")).isEqualTo("A&amp;B &#39;c&#39;");
    }

    @Test
    void adjacentHitsOfOverlappingBigramsReadAsOne() {
        assertThat(IndexedText.toSafeHtml(HIT_START + "电子" + HIT_END + HIT_START + "政务" + HIT_END + "网站"))
            .isEqualTo("<em>电子政务</em>网站");
    }

    @Test
    void anUnclosedHitIsClosedAndAStrayEndIgnored() {
        assertThat(IndexedText.toSafeHtml(HIT_END + "a" + HIT_START + "b")).isEqualTo("a<em>b</em>");
    }

    @Test
    void nothingHighlightedIsAnEmptyString() {
        assertThat(IndexedText.toSafeHtml(null)).isEmpty();
    }

    @Test
    void contentCannotForgeAHighlight() {
        SearchDocument forged = new SearchDocument("article-1", "article", "标题" + HIT_START + "假" + HIT_END,
                "正文" + HIT_START, "gov-office", "办公室", "新闻", Instant.EPOCH, "/articles/1");

        SearchDocument clean = IndexedText.clean(forged);

        assertThat(clean.title()).isEqualTo("标题假");
        assertThat(clean.body()).isEqualTo("正文");
        assertThat(clean.url()).isEqualTo("/articles/1");
    }
}
