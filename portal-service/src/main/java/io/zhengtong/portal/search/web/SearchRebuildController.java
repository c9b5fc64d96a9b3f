package io.zhengtong.portal.search.web;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.zhengtong.portal.search.SearchIndexRebuild;
import io.zhengtong.portal.search.SearchProperties;
import io.zhengtong.portal.search.SearchUnavailable;

/** A platform administrator rebuilds the site index from the source of truth, without downtime. */
@RestController
class SearchRebuildController {

    private final SearchIndexRebuild rebuild;
    private final SearchProperties properties;

    SearchRebuildController(SearchIndexRebuild rebuild, SearchProperties properties) {
        this.rebuild = rebuild;
        this.properties = properties;
    }

    @Operation(summary = "重建站内搜索索引", description = "新建索引、全量写入、切换别名、删除旧索引；仅平台管理员")
    @PostMapping("/api/portal/search/rebuild")
    @PreAuthorize("hasRole('platform-admin')")
    SearchIndexRebuild.Report rebuild() {
        return rebuild.rebuild();
    }

    @ExceptionHandler(SearchUnavailable.class)
    ResponseEntity<ProblemDetail> unavailable(SearchUnavailable ex) {
        return SearchProblems.unavailable(ex, properties.retryAfter());
    }
}
