package io.zhengtong.portal.search.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.zhengtong.portal.search.InvalidSearchParameters;
import io.zhengtong.portal.search.SearchParameters;
import io.zhengtong.portal.search.SearchProperties;
import io.zhengtong.portal.search.SearchResults;
import io.zhengtong.portal.search.SearchUnavailable;
import io.zhengtong.portal.search.SiteSearch;

/** The unified site search for anyone, as JSON (the website's search page renders the same results). */
@RestController
class SiteSearchController {

    private static final Logger log = LoggerFactory.getLogger(SiteSearchController.class);

    private final SiteSearch search;
    private final SearchProperties properties;

    SiteSearchController(SiteSearch search, SearchProperties properties) {
        this.search = search;
        this.properties = properties;
    }

    @Operation(summary = "站内统一搜索", description = "q 为空时返回空结果；sort=relevance|date；日期为北京时间的年-月-日")
    @GetMapping("/api/portal/public/search")
    SearchResults search(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
            @RequestParam(required = false) String unit, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String sort,
            @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
        return search.search(new SearchParameters(q, type, unit, from, to, sort, page, size).toQuery());
    }

    @ExceptionHandler(InvalidSearchParameters.class)
    ProblemDetail invalid(InvalidSearchParameters ex) {
        return SearchProblems.invalid(ex);
    }

    @ExceptionHandler(SearchUnavailable.class)
    ResponseEntity<ProblemDetail> unavailable(SearchUnavailable ex) {
        log.warn("Site search unavailable: {} ({})", ex.reason(), String.valueOf(ex.getCause()));
        return SearchProblems.unavailable(ex, properties.retryAfter());
    }
}
