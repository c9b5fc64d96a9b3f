package io.zhengtong.exchange.search.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.zhengtong.exchange.search.DocumentQuery;
import io.zhengtong.exchange.search.FoundDocument;
import io.zhengtong.exchange.search.PageOf;
import io.zhengtong.exchange.search.SearchingDocuments;
import io.zhengtong.platform.security.CurrentUser;

/** 公文检索 within the caller's unit: what it sent and what was delivered to it. */
@RestController
class SearchController {

    /** Bad query parameters, answered like the platform's bean validation errors (400, {@code errors}). */
    static final class InvalidQuery extends RuntimeException {

        final List<Map<String, String>> errors;

        InvalidQuery(List<Map<String, String>> errors) {
            super("invalid search query");
            this.errors = errors;
        }
    }

    private final SearchingDocuments searching;

    SearchController(SearchingDocuments searching) {
        this.searching = searching;
    }

    @GetMapping("/api/exchange/search")
    PageOf<FoundDocument> search(CurrentUser user, @RequestParam(required = false) String q,
            @RequestParam(required = false) String number, @RequestParam(required = false) String title,
            @RequestParam(required = false) String sender, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String page,
            @RequestParam(required = false) String size) {
        List<Map<String, String>> errors = new ArrayList<>();
        LocalDate fromDate = date("from", from, errors);
        LocalDate toDate = date("to", to, errors);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            errors.add(Map.of("field", "to", "message", "结束日期不能早于开始日期。"));
        }
        int pageNumber = number("page", page, 0, 0, Integer.MAX_VALUE / DocumentQuery.MAX_SIZE, errors);
        int pageSize = number("size", size, DocumentQuery.DEFAULT_SIZE, 1, DocumentQuery.MAX_SIZE, errors);
        if (!errors.isEmpty()) {
            throw new InvalidQuery(errors);
        }
        return searching.search(user, new DocumentQuery(q, number, DocumentQuery.words(title), sender, fromDate,
                toDate, pageNumber, pageSize));
    }

    @ExceptionHandler(InvalidQuery.class)
    ProblemDetail invalid(InvalidQuery ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "提交的内容有误，请按提示修改后重试。");
        problem.setTitle("请求参数有误");
        problem.setType(URI.create("urn:zhengtong:problem:validation"));
        problem.setProperties(Map.of("errors", ex.errors));
        return problem;
    }

    private static LocalDate date(String field, String value, List<Map<String, String>> errors) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(Map.of("field", field, "message", "日期格式应为 yyyy-MM-dd，例如 2026-11-22。"));
            return null;
        }
    }

    private static int number(String field, String value, int fallback, int min, int max,
            List<Map<String, String>> errors) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(Map.of("field", field, "message", "应为 " + min + " 到 " + max + " 之间的整数。"));
        return fallback;
    }
}
