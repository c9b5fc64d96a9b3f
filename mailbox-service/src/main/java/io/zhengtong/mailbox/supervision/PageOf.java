package io.zhengtong.mailbox.supervision;

import java.util.List;

/** A page in the portal's shape: {@code {content, page, size, totalElements, totalPages}}. */
public record PageOf<T>(List<T> content, int page, int size, long totalElements, int totalPages) {
}
