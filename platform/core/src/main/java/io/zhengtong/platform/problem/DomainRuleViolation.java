package io.zhengtong.platform.problem;

import java.util.List;

import org.springframework.http.HttpStatus;

import io.zhengtong.platform.problem.PlatformProblemHandler.FieldError;

/**
 * A request that breaks a business rule (a transition not allowed in the current state, a
 * duplicate, a classified document). Services subclass or throw it; the web layer answers a
 * problem detail with its status, Chinese title and message, and with {@code errors} when the
 * rule names the fields it refused (the same shape as a validation problem's).
 */
public class DomainRuleViolation extends RuntimeException {

    private final HttpStatus status;
    private final String code;
    private final String title;
    private final List<FieldError> fieldErrors;

    public DomainRuleViolation(HttpStatus status, String code, String title, String message) {
        this(status, code, title, message, List.of());
    }

    /** A rule refusing particular fields: the problem carries them as {@code errors} for the form to mark. */
    public DomainRuleViolation(HttpStatus status, String code, String title, String message, List<FieldError> fieldErrors) {
        super(message);
        this.status = status;
        this.code = code;
        this.title = title;
        this.fieldErrors = List.copyOf(fieldErrors);
    }

    public static DomainRuleViolation conflict(String code, String title, String message) {
        return new DomainRuleViolation(HttpStatus.CONFLICT, code, title, message);
    }

    public static DomainRuleViolation unprocessable(String code, String title, String message) {
        return new DomainRuleViolation(HttpStatus.UNPROCESSABLE_CONTENT, code, title, message);
    }

    public static DomainRuleViolation notFound(String code, String message) {
        return new DomainRuleViolation(HttpStatus.NOT_FOUND, code, "请求的资源不存在", message);
    }

    public HttpStatus status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public List<FieldError> fieldErrors() {
        return fieldErrors;
    }
}
