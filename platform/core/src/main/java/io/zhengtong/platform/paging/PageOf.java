package io.zhengtong.platform.paging;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/**
 * One page of a list, as every service answers it:
 * {@code {"content": [...], "page": 0, "size": 20, "totalElements": 123, "totalPages": 7}}
 * ({@code page} 0-based; an empty list has 0 pages).
 */
public record PageOf<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

    public PageOf {
        content = List.copyOf(content);
    }

    /** A page of {@code content} out of {@code totalElements}, as asked for by {@code query}. */
    public static <T> PageOf<T> of(List<T> content, PageQuery query, long totalElements) {
        return new PageOf<>(content, query.page(), query.size(), totalElements,
                (int) ((totalElements + query.size() - 1) / query.size()));
    }

    /** Nothing to show (e.g. a caller without a unit), still in the page asked for. */
    public static <T> PageOf<T> empty(PageQuery query) {
        return of(List.of(), query, 0);
    }

    /** A Spring Data page, each element mapped to what the client receives. */
    public static <S, T> PageOf<T> from(Page<S> page, Function<? super S, ? extends T> mapping) {
        return new PageOf<>(page.getContent().stream().<T>map(mapping).toList(), page.getNumber(), page.getSize(),
                page.getTotalElements(), page.getTotalPages());
    }

    public <R> PageOf<R> map(Function<? super T, ? extends R> mapping) {
        return new PageOf<>(content.stream().<R>map(mapping).toList(), page, size, totalElements, totalPages);
    }
}
