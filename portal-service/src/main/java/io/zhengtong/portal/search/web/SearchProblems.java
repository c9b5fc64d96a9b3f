package io.zhengtong.portal.search.web;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import io.zhengtong.portal.search.InvalidSearchParameters;
import io.zhengtong.portal.search.SearchUnavailable;

/** The search endpoints' own problems: the platform's validation shape, and 503 with Retry-After. */
final class SearchProblems {

    private SearchProblems() {
    }

    static ProblemDetail invalid(InvalidSearchParameters ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "搜索条件有误，请按提示修改后重试。");
        problem.setTitle("请求参数有误");
        problem.setType(URI.create("urn:zhengtong:problem:validation"));
        problem.setProperties(Map.of("errors", ex.errors()));
        return problem;
    }

    static ResponseEntity<ProblemDetail> unavailable(SearchUnavailable ex, Duration retryAfter) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE, ex.getMessage());
        problem.setTitle(ex.title());
        problem.setType(URI.create("urn:zhengtong:problem:" + ex.code()));
        problem.setProperty("retryAfterSeconds", retryAfter.toSeconds());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
            .header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter.toSeconds()))
            .contentType(MediaType.APPLICATION_PROBLEM_JSON)
            .body(problem);
    }
}
