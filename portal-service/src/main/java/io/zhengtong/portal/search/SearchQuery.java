package io.zhengtong.portal.search;

import java.time.LocalDate;

/**
 * A valid site search, as the website and the REST endpoint run it. Build it from what a visitor
 * typed with {@link SearchParameters#toQuery()} (which reports invalid input per field), or
 * directly with {@link #of(String)}.
 *
 * @param text  the words, separated by spaces; blank means "no search" (an empty result)
 * @param type  only this type (e.g. {@code article}), or {@code null} for all
 * @param unit  only this unit's content (organisation directory code), or {@code null}
 * @param from  published on or after this day (Asia/Shanghai), or {@code null}
 * @param to    published on or before this day (Asia/Shanghai), or {@code null}
 * @param order relevance (default) or date, newest first
 * @param page  0-based
 * @param size  results per page, 1 to {@value #MAX_SIZE}
 */
public record SearchQuery(String text, String type, String unit, LocalDate from, LocalDate to, SearchOrder order,
        int page, int size) {

    public static final int MAX_TEXT_LENGTH = 100;
    public static final int MAX_SIZE = 50;
    public static final int DEFAULT_SIZE = 10;
    /** Elasticsearch's default result window: pages beyond it cannot be fetched. */
    public static final int MAX_RESULT_WINDOW = 10_000;

    public SearchQuery {
        text = text == null ? "" : text.strip();
        type = blankToNull(type);
        unit = blankToNull(unit);
        order = order == null ? SearchOrder.RELEVANCE : order;
        if (text.length() > MAX_TEXT_LENGTH || page < 0 || size < 1 || size > MAX_SIZE
                || (long) (page + 1) * size > MAX_RESULT_WINDOW || from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("Invalid search; build it with SearchParameters.toQuery() to learn why");
        }
    }

    /** The first page of {@code text}, best matches first, everything included. */
    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, null, null, null, SearchOrder.RELEVANCE, 0, DEFAULT_SIZE);
    }

    public SearchQuery page(int newPage) {
        return new SearchQuery(text, type, unit, from, to, order, newPage, size);
    }

    public boolean isBlank() {
        return text.isEmpty();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
