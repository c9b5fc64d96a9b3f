package io.zhengtong.portal.article;

import java.util.Locale;

/** What a caller can do to an existing article; the OA shows one button per allowed operation. */
public enum ArticleOperation {

    EDIT, SUBMIT, APPROVE, REJECT, WITHDRAW;

    /** The name in the API ({@code allowedActions}): {@code edit}, {@code submit}, ... */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
