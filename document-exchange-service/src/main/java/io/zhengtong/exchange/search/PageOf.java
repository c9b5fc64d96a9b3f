package io.zhengtong.exchange.search;

import java.util.List;

/** A page of results in the platform's shape (page is 0-based). */
public record PageOf<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

    static <T> PageOf<T> of(List<T> content, int page, int size, long total) {
        return new PageOf<>(content, page, size, total, (int) ((total + size - 1) / size));
    }
}
