package io.zhengtong.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SitemapTest {

    private static final String SITEMAP = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
              <url><loc>https://localhost:8443/</loc></url>
              <url><loc>https://localhost:8443/channels/news</loc></url>
              <url><loc>https://localhost:8443/channels/dept-news</loc></url>
              <url><loc>https://localhost:8443/articles/12</loc><lastmod>2026-03-01</lastmod></url>
              <url><loc>https://localhost:8443/articles/7</loc><lastmod>2026-02-01</lastmod></url>
            </urlset>
            """;

    @Test
    void theBenchmarkVisitsTheArticlesAndChannelsTheSitemapLists() {
        Sitemap sitemap = Sitemap.parse(SITEMAP);

        assertEquals(List.of(12L, 7L), sitemap.articleIds());
        assertEquals(List.of("news", "dept-news"), sitemap.channelCodes());
    }

    @Test
    void aSiteWithoutPublishedArticlesStopsTheBenchmarkWithAHint() {
        String empty = SITEMAP.replaceAll("(?m)^.*/articles/.*$", "");

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> Sitemap.parse(empty));

        assertTrue(refused.getMessage().contains("0 articles"), refused.getMessage());
        assertTrue(refused.getMessage().contains("deploy/local/zt up"), refused.getMessage());
    }
}
