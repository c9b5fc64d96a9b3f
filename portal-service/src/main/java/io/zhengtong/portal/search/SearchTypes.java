package io.zhengtong.portal.search;

import java.util.Map;

/** The Chinese names of the content types in the site index, as the website shows them. */
public final class SearchTypes {

    public static final String ARTICLE = "article";

    /** Published mailbox letters (选登), from the mailbox service's events. */
    public static final String LETTER = "letter";

    private static final Map<String, String> LABELS = Map.of(
            ARTICLE, "新闻动态",
            "disclosure", "政府信息公开",
            "guide", "办事指南",
            LETTER, "信件选登");

    private SearchTypes() {
    }

    /** The label of a type; a type not known yet (a new service's content) is shown as its code. */
    public static String label(String type) {
        return LABELS.getOrDefault(type, type);
    }
}
