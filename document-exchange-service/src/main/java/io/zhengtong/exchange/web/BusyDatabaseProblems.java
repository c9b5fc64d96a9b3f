package io.zhengtong.exchange.web;

import java.net.URI;
import java.sql.SQLTransientConnectionException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * No database connection within the pool's timeout (every connection busy, or the database away):
 * the request can simply be sent again later, so it is a 503 with Retry-After, not the platform's
 * catch-all 500. Ordered first so it wins over that catch-all.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class BusyDatabaseProblems {

    static final int RETRY_AFTER_SECONDS = 5;

    private static final Logger log = LoggerFactory.getLogger(BusyDatabaseProblems.class);

    @ExceptionHandler({ CannotCreateTransactionException.class, CannotGetJdbcConnectionException.class,
            SQLTransientConnectionException.class })
    ResponseEntity<ProblemDetail> noConnection(Exception ex) {
        log.warn("No database connection available: {}", ex.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "系统当前繁忙，请稍后重试。");
        problem.setTitle("系统繁忙");
        problem.setType(URI.create("urn:zhengtong:problem:service-busy"));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
            .header(HttpHeaders.RETRY_AFTER, Integer.toString(RETRY_AFTER_SECONDS))
            .body(problem);
    }
}
