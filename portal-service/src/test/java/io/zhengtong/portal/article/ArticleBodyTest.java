package io.zhengtong.portal.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Rich text from the editor is cleaned before it is stored, and its plain text feeds search and summaries. */
class ArticleBodyTest {

    static String clean(String html) {
        return ArticleBody.fromEditorHtml(html).html();
    }

    @Test
    void scriptsAreRemovedWithTheirContent() {
        assertThat(clean("<p>正文</p><script>alert('x')</script>")).isEqualTo("<p>正文</p>");
        assertThat(clean("<p>正文<script src=\"https://evil.example/x.js\"></script></p>")).isEqualTo("<p>正文</p>");
    }

    @Test
    void eventHandlerAttributesAreRemoved() {
        assertThat(clean("<img src=\"/media/a.jpg\" onerror=\"alert(1)\" alt=\"图\">"))
            .isEqualTo("<img src=\"/media/a.jpg\" alt=\"图\">");
        assertThat(clean("<p onclick=\"alert(1)\" onmouseover=\"x()\">点我</p>")).isEqualTo("<p>点我</p>");
    }

    @Test
    void javascriptAndDataUrlsAreRemoved() {
        assertThat(clean("<a href=\"javascript:alert(1)\">链接</a>")).isEqualTo("<a rel=\"noopener\">链接</a>");
        assertThat(clean("<a href=\"JaVaScRiPt:alert(1)\">链接</a>")).doesNotContain("alert");
        assertThat(clean("<img src=\"data:image/svg+xml;base64,PHN2Zz4=\" alt=\"x\">")).doesNotContain("data:");
        assertThat(clean("<img src=\"javascript:alert(1)\">")).doesNotContain("javascript");
    }

    @Test
    void linksToWebsitesMailAndOwnPagesAreKeptWithNoopener() {
        assertThat(clean("<a href=\"https://www.gov.cn/zhengce/\">国务院政策</a>"))
            .isEqualTo("<a href=\"https://www.gov.cn/zhengce/\" rel=\"noopener\">国务院政策</a>");
        assertThat(clean("<a href=\"mailto:xinxiang@example.gov.cn\">来信</a>"))
            .contains("href=\"mailto:xinxiang@example.gov.cn\"");
        assertThat(clean("<a href=\"/articles/12\">相关文章</a>")).contains("href=\"/articles/12\"");
        assertThat(clean("<a href=\"http://example.gov.cn\" rel=\"opener\" target=\"_blank\">x</a>"))
            .isEqualTo("<a href=\"http://example.gov.cn\" rel=\"noopener\">x</a>");
    }

    @Test
    void picturesKeepRelativeOrWebSourcesAndTheirDescription() {
        assertThat(clean("<img src=\"/media/2026/meeting.jpg\" alt=\"会议现场\" width=\"100\">"))
            .isEqualTo("<img src=\"/media/2026/meeting.jpg\" alt=\"会议现场\">");
        assertThat(clean("<img src=\"https://www.example.gov.cn/a.png\" alt=\"\">"))
            .contains("src=\"https://www.example.gov.cn/a.png\"");
    }

    @Test
    void theAllowedMarkupIsKeptAsWritten() {
        String html = "<h2>一、基本情况</h2><h3>（一）</h3><h4>1.</h4><p><strong>重点</strong><em>强调</em><u>下划线</u>"
                + "<s>删除</s><br>换行</p><ul><li>甲</li></ul><ol><li>乙</li></ol><blockquote>引用</blockquote>"
                + "<table><thead><tr><th>项目</th></tr></thead><tbody><tr><td colspan=\"2\">数值</td></tr></tbody></table>"
                + "<div><span>块</span></div>";

        assertThat(clean(html)).isEqualTo(html);
    }

    @Test
    void stylesClassesIframesFormsAndUnknownElementsAreDropped() {
        assertThat(clean("<span style=\"background:url(javascript:alert(1))\" class=\"x\">文字</span>"))
            .isEqualTo("<span>文字</span>");
        assertThat(clean("<iframe src=\"https://evil.example\"></iframe><p>正文</p>")).isEqualTo("<p>正文</p>");
        assertThat(clean("<form action=\"/x\"><input name=\"a\"></form><p>正文</p>")).isEqualTo("<p>正文</p>");
        assertThat(clean("<h1>大标题</h1><font color=\"red\">红字</font>")).isEqualTo("大标题红字");
        assertThat(clean("<svg><script>alert(1)</script></svg><p>x</p>")).isEqualTo("<p>x</p>");
    }

    @Test
    void chineseTextAndEntitiesSurviveCleaning() {
        assertThat(clean("<p>凤县“互联网+政务服务”&amp;信息公开　全角空格</p>"))
            .isEqualTo("<p>凤县“互联网+政务服务”&amp;信息公开　全角空格</p>");
    }

    @Test
    void thePlainTextHasOneLinePerBlockAndNoMarkup() {
        ArticleBody body = ArticleBody.fromEditorHtml(
                "<h2>标题</h2><p>第一段<strong>加粗</strong>文字。</p><p>第二段<br>换行</p><ul><li>甲</li><li>乙</li></ul>");

        assertThat(body.text()).isEqualTo("标题\n第一段加粗文字。\n第二段\n换行\n甲\n乙");
    }

    @Test
    void thePlainTextCollapsesSpacesAndDecodesEntities() {
        ArticleBody body = ArticleBody.fromEditorHtml("<p>  A &amp;  B&nbsp;&nbsp;C\n\n D </p><p> </p>");

        assertThat(body.text()).isEqualTo("A & B C D");
    }

    @Test
    void thePlainTextOfRemovedScriptsIsNotIndexed() {
        assertThat(ArticleBody.fromEditorHtml("<p>正文</p><script>var secret = 1;</script><style>p{}</style>").text())
            .isEqualTo("正文");
    }

    @Test
    void anExcerptIsOneLineCutWithAnEllipsis() {
        ArticleBody body = ArticleBody.fromEditorHtml("<p>第一段。</p><p>第二段。</p>");

        assertThat(body.excerpt(100)).isEqualTo("第一段。 第二段。");
        assertThat(body.excerpt(5)).isEqualTo("第一段。…");
    }

    @Test
    void paragraphsOfPlainTextBecomeEscapedParagraphs() {
        ArticleBody body = ArticleBody.fromParagraphs(List.of("第一段.用点分句.", "", "  <b>不是标签</b> & 符号  "));

        assertThat(body.html()).isEqualTo("<p>第一段.用点分句.</p><p>&lt;b&gt;不是标签&lt;/b&gt; &amp; 符号</p>");
        assertThat(body.text()).isEqualTo("第一段.用点分句.\n<b>不是标签</b> & 符号");
    }

    @Test
    void nothingButMarkupIsAnEmptyBody() {
        assertThat(ArticleBody.fromEditorHtml("<p> </p><script>x</script>").isEmpty()).isTrue();
        assertThat(ArticleBody.fromEditorHtml(null).isEmpty()).isTrue();
        assertThat(ArticleBody.fromEditorHtml("<p>字</p>").isEmpty()).isFalse();
    }
}
