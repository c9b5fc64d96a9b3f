package io.zhengtong.portal.search;

/** How results are ordered: best match first (the default) or newest first. */
public enum SearchOrder {
    RELEVANCE, DATE
}
