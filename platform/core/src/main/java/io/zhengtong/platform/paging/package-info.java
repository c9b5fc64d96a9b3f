/**
 * Paged lists, the same in every service: a controller takes {@code @Valid PageQuery paging}
 * (bound from {@code ?page=&size=}, bad values answered as the platform's validation problem) and
 * answers a {@link io.zhengtong.platform.paging.PageOf}
 * {@code {content, page, size, totalElements, totalPages}}.
 */
package io.zhengtong.platform.paging;
