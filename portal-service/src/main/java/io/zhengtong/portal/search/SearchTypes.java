package io.zhengtong.portal.search;

import java.util.Map;

/** The Chinese names of the content types in the site index, as the website shows them. */
public final class SearchTypes {

    public static final String ARTICLE = "article";

    private static final Map<String, String> LABELS = Map.of(
            ARTICLE, "新闻动态",
            "disclosure", "政府信息公开",
            "guide", "办事指南",
            "letter", "公开信件");

    private SearchTypes() {
    }

    /** The label of a type; a type not known yet (a new service's content) is shown as its code. */
    public static String label(String type) {
        return LABELS.getOrDefault(type, type);
    }
}
