package io.zhengtong.exchange.handling.web;

import java.net.URI;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import io.zhengtong.exchange.handling.UnsuitableHandlers;
import io.zhengtong.platform.problem.PlatformProblemHandler.FieldError;

/**
 * The platform answers a domain rule with its message only; a refused handler also gets a field
 * error on {@code handlers} (the platform's {@code errors} shape), so the OA can mark its picker.
 * Ordered first so it wins over the platform's handler of every {@code DomainRuleViolation}.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnsuitableHandlersProblem {

    @ExceptionHandler(UnsuitableHandlers.class)
    ProblemDetail unsuitableHandlers(UnsuitableHandlers ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(ex.status(), ex.getMessage());
        problem.setTitle(ex.title());
        problem.setType(URI.create("urn:zhengtong:problem:" + ex.code()));
        problem.setProperty("errors", ex.reasons().stream().map(r -> new FieldError(UnsuitableHandlers.FIELD, r)).toList());
        return problem;
    }
}
