package io.zhengtong.exchange.listing;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list, in the shape every paged list of the platform answers:
 * {@code {content, page, size, totalElements, totalPages}} ({@code page} 0-based).
 */
public record Paged<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

    public static <T> Paged<T> of(List<T> content, PageQuery query, long totalElements) {
        return new Paged<>(List.copyOf(content), query.page(), query.size(), totalElements,
                (int) ((totalElements + query.size() - 1) / query.size()));
    }

    public <R> Paged<R> map(Function<? super T, ? extends R> mapper) {
        return new Paged<>(content.stream().<R>map(mapper).toList(), page, size, totalElements, totalPages);
    }
}
