package io.zhengtong.portal.search;

/**
 * Text as it goes into the index and comes back highlighted. Elasticsearch marks hits with two
 * private-use characters instead of HTML tags; {@link #toSafeHtml} then escapes everything and
 * turns only those marks into {@code <em>}, so a title like {@code <script>} is shown as text.
 * The marks are removed from incoming text, so content can never forge a highlight.
 */
final class IndexedText {

    static final String HIT_START = "\uE000";
    static final String HIT_END = "\uE001";

    private IndexedText() {
    }

    static SearchDocument clean(SearchDocument document) {
        return new SearchDocument(document.id(), document.type(), withoutMarks(document.title()),
                withoutMarks(document.body()), document.unitCode(), document.unitName(), document.channel(),
                document.publishedAt(), document.url());
    }

    static String withoutMarks(String text) {
        return text == null ? null : text.replace(HIT_START, "").replace(HIT_END, "");
    }

    /** HTML-escapes the text and turns the hit marks into balanced {@code <em>} elements. */
    static String toSafeHtml(String marked) {
        if (marked == null) {
            return "";
        }
        StringBuilder html = new StringBuilder(marked.length() + 32);
        boolean open = false;
        for (int i = 0; i < marked.length(); i++) {
            char c = marked.charAt(i);
            switch (c) {
                case '\uE000' -> {
                    if (!open) {
                        html.append("<em>");
                        open = true;
                    }
                }
                case '\uE001' -> {
                    if (open) {
                        html.append("</em>");
                        open = false;
                    }
                }
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.append(c);
            }
        }
        if (open) {
            html.append("</em>");
        }
        // Adjacent hits (overlapping bigrams such as 电子|政务) read better as one.
        return html.toString().replace("</em><em>", "");
    }
}
