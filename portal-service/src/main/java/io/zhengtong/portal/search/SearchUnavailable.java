package io.zhengtong.portal.search;

import org.springframework.http.HttpStatus;

import io.zhengtong.platform.problem.DomainRuleViolation;

/**
 * Elasticsearch cannot be reached (or the site index is not there yet). Searching answers 503;
 * the event consumer turns it into {@code RetryLater}, so nothing is lost and the index catches up.
 */
public class SearchUnavailable extends DomainRuleViolation {

    private final String reason;

    public SearchUnavailable(String reason, Throwable cause) {
        super(HttpStatus.SERVICE_UNAVAILABLE, "search-unavailable", "站内搜索暂时不可用", "站内搜索暂时不可用，请稍后再试。");
        initCause(cause);
        this.reason = reason;
    }

    /** What failed, for the log; visitors only see the Chinese message. */
    public String reason() {
        return reason;
    }
}
