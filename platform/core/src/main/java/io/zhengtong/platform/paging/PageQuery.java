package io.zhengtong.platform.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/**
 * Which page of a list a caller asks for: {@code page} 0-based (default 0), {@code size} 1..100
 * (default 20). Declared as {@code @Valid PageQuery paging} in a controller method, Spring binds it
 * from the query string; a bad value (not a whole number, negative, too large) becomes the
 * platform's 400 validation problem with a Chinese message per field.
 *
 * <p>The components are {@code Integer} so that an absent parameter can be told from a 0; the
 * constructor fills in the defaults, so they are never {@code null} afterwards.
 */
public record PageQuery(
        @PositiveOrZero(message = "页码（page）从0开始，不能为负数")
        @Max(value = PageQuery.MAX_PAGE, message = "页码（page）过大")
        Integer page,
        @Min(value = 1, message = "每页条数（size）须在1到" + PageQuery.MAX_SIZE + "之间")
        @Max(value = PageQuery.MAX_SIZE, message = "每页条数（size）须在1到" + PageQuery.MAX_SIZE + "之间")
        Integer size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** Keeps {@code page * size} an {@code int}: JPA's first-result is one, and an overflow would be a 500. */
    static final int MAX_PAGE = Integer.MAX_VALUE / MAX_SIZE;

    public PageQuery {
        page = page == null ? 0 : page;
        size = size == null ? DEFAULT_SIZE : size;
    }

    /** The first page in the default size. */
    public static PageQuery first() {
        return new PageQuery(null, null);
    }

    /** How many rows come before this page. */
    public long offset() {
        return (long) page * size;
    }

    /** The same page for a Spring Data repository. */
    public Pageable pageable() {
        return PageRequest.of(page, size);
    }
}
