package io.zhengtong.portal.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import io.zhengtong.portal.article.ArticleBody;
import io.zhengtong.portal.article.WritingArticles.ArticleText;

/**
 * The demo county's articles: the five county e-government reports (real texts, kept as they
 * are) for the 电子政务 channel, and a few short items of our own, marked as demo content, so the
 * home page's news and notices are not empty.
 */
final class DemoContent {

    static final String REPORTS = "classpath*:demo/county-reports/*.txt";
    static final String REPORT_CHANNEL = "egov";
    static final String DEMO_NOTE = "（本条为系统演示内容。）";

    private DemoContent() {
    }

    /** The reports in file-name order: first line the title, every further line a paragraph. */
    static List<ArticleText> reports() {
        try {
            Resource[] files = new PathMatchingResourcePatternResolver().getResources(REPORTS);
            return Arrays.stream(files)
                .sorted(Comparator.comparing(Resource::getFilename))
                .map(DemoContent::report)
                .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ArticleText report(Resource file) {
        try {
            List<String> lines = new String(file.getContentAsByteArray(), StandardCharsets.UTF_8).lines().toList();
            String title = lines.getFirst().strip();
            ArticleBody body = ArticleBody.fromParagraphs(lines.subList(1, lines.size()));
            return new ArticleText(title, REPORT_CHANNEL, null, body.html());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Short news and notices, published after the reports so they lead the home page. */
    static List<ArticleText> newsAndNotices() {
        return List.of(
                new ArticleText("县政府门户网站新版上线试运行", "news", "新版门户网站整合政务公开、办事服务和互动交流栏目，即日起试运行。",
                        paragraphs("为进一步提升政务公开和政务服务水平，县政府门户网站新版近日上线试运行。",
                                "新版网站设置政务要闻、通知公告、政策文件、部门动态、乡镇动态等栏目，整合站内统一搜索，"
                                        + "并提供适老化大字模式，方便群众浏览和查询。",
                                "试运行期间，欢迎社会各界通过县长信箱提出意见和建议。")),
                new ArticleText("县政府召开全县电子政务工作推进会", "news", null,
                        paragraphs("近日，县政府召开全县电子政务工作推进会，总结近年来电子政务建设成效，部署下一阶段重点工作。",
                                "会议要求，各部门、各镇要加强网站内容保障，落实信息发布审核制度，"
                                        + "按时办理群众来信，推进公文网上流转，切实提高行政效能。")),
                new ArticleText("关于开展政府网站用户满意度调查的通知", "notices", null,
                        paragraphs("各镇人民政府，县政府各工作部门：",
                                "为了解社会公众对县政府门户网站的评价，持续改进网站建设，定于本月开展政府网站用户满意度调查。"
                                        + "请各单位组织干部职工积极参与，并广泛宣传，动员群众通过门户网站在线填写问卷。",
                                "凤县人民政府办公室")));
    }

    private static String paragraphs(String... texts) {
        StringBuilder html = new StringBuilder();
        for (String text : texts) {
            html.append("<p>").append(text).append("</p>");
        }
        return html.append("<p>").append(DEMO_NOTE).append("</p>").toString();
    }
}
