package io.zhengtong.portal.article;

import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeVisitor;

/**
 * An article's body as stored: HTML cleaned against an allow-list (whatever the OA editor or a
 * caller sends, nothing that runs script survives), and its plain text for search and summaries.
 * Create it only through {@link #fromEditorHtml(String)}.
 *
 * @param html sanitised HTML
 * @param text the plain text of {@code html}: one line per block, whitespace collapsed
 */
public record ArticleBody(String html, String text) {

    // Never resolved; jsoup needs an absolute base to check the protocol of relative links, which are kept as written.
    private static final String CHECKING_BASE = "https://portal.invalid/";

    private static final Safelist ALLOWED = new Safelist()
        .addTags("p", "br", "h2", "h3", "h4", "strong", "em", "u", "s", "ul", "ol", "li", "blockquote", "a", "img",
                "table", "thead", "tbody", "tr", "th", "td", "span", "div")
        .addAttributes("a", "href", "title")
        .addProtocols("a", "href", "http", "https", "mailto")
        .addEnforcedAttribute("a", "rel", "noopener")
        .addAttributes("img", "src", "alt", "title")
        .addProtocols("img", "src", "http", "https")
        .addAttributes("th", "colspan", "rowspan")
        .addAttributes("td", "colspan", "rowspan")
        .preserveRelativeLinks(true);

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");

    /** Cleans HTML from the editor (or anyone) and derives its text. */
    public static ArticleBody fromEditorHtml(String html) {
        Document.OutputSettings output = new Document.OutputSettings().prettyPrint(false)
            .charset("UTF-8")
            .escapeMode(Entities.EscapeMode.base);
        String clean = Jsoup.clean(html == null ? "" : html, CHECKING_BASE, ALLOWED, output);
        return new ArticleBody(clean, plainText(clean));
    }

    /** Paragraphs of plain text become {@code <p>} elements, the text escaped (the demo reports). */
    public static ArticleBody fromParagraphs(Iterable<String> paragraphs) {
        StringBuilder html = new StringBuilder();
        for (String paragraph : paragraphs) {
            if (!paragraph.isBlank()) {
                html.append("<p>").append(Entities.escape(paragraph.strip())).append("</p>");
            }
        }
        return fromEditorHtml(html.toString());
    }

    public boolean isEmpty() {
        return text.isBlank() && !html.contains("<img");
    }

    /** The first characters of the text, on one line, for lists and feeds when no summary was written. */
    public String excerpt(int maxLength) {
        String oneLine = SPACES.matcher(text).replaceAll(" ").strip();
        return oneLine.length() <= maxLength ? oneLine : oneLine.substring(0, maxLength - 1) + "…";
    }

    static String plainText(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        StringBuilder text = new StringBuilder();
        document.body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    // Line breaks in the source are spaces in HTML; only blocks and <br> break lines.
                    text.append(textNode.getWholeText().replace('\r', ' ').replace('\n', ' '));
                } else if (node instanceof Element element && (element.isBlock() || element.nameIs("br"))) {
                    text.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element && element.isBlock()) {
                    text.append('\n');
                }
            }
        });
        StringBuilder lines = new StringBuilder();
        for (String line : text.toString().split("\n")) {
            String collapsed = SPACES.matcher(line).replaceAll(" ").strip();
            if (!collapsed.isEmpty()) {
                if (!lines.isEmpty()) {
                    lines.append('\n');
                }
                lines.append(collapsed);
            }
        }
        return lines.toString();
    }
}
