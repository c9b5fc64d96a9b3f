package io.zhengtong.portal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.zhengtong.portal.article.ArticleBody;
import io.zhengtong.portal.article.WritingArticles.ArticleText;

/** The demo county's articles read from the bundled county reports. */
class DemoContentTest {

    @Test
    void theFiveCountyReportsBecomeArticlesOfTheEGovernmentChannelWithTheirFirstLineAsTitle() {
        List<ArticleText> reports = DemoContent.reports();

        assertThat(reports).hasSize(5).allSatisfy(report -> {
            assertThat(report.channelCode()).isEqualTo("egov");
            assertThat(report.title()).isNotBlank().hasSizeLessThanOrEqualTo(200);
            assertThat(report.bodyHtml()).startsWith("<p>").endsWith("</p>");
        });
        assertThat(reports).extracting(ArticleText::title).contains("凤县电子政务建设的探索和实践",
                "思南县电子政务工作典型经验交流", "建好电子政务网站　提高政务信息化水平");
    }

    @Test
    void theReportsTextIsKeptAsItIsWithOneParagraphPerLine() {
        ArticleText sinan = DemoContent.reports().stream()
            .filter(report -> report.title().startsWith("思南县"))
            .findFirst()
            .orElseThrow();
        ArticleText fengxian = DemoContent.reports().stream()
            .filter(report -> report.title().startsWith("凤县"))
            .findFirst()
            .orElseThrow();

        assertThat(sinan.bodyHtml()).contains("<p>一、基本情况</p>");
        assertThat(ArticleBody.fromEditorHtml(sinan.bodyHtml()).text().lines()).hasSize(25);
        assertThat(fengxian.bodyHtml()).contains("推进电子政务建设对于全面提升政府工作效率.保证行政权力公开透明运行");
        assertThat(fengxian.bodyHtml()).doesNotContain(fengxian.title());
    }

    @Test
    void theNewsAndNoticesAreShortMarkedAsDemoAndFillTheHomePagesChannels() {
        List<ArticleText> items = DemoContent.newsAndNotices();

        assertThat(items).hasSizeBetween(2, 4).allSatisfy(item -> assertThat(item.bodyHtml()).contains("演示内容"));
        assertThat(items).extracting(ArticleText::channelCode).contains("news", "notices");
    }
}
