package io.zhengtong.platform.problem;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolationException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.lang.Nullable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.method.ParameterErrors;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error a service answers is an RFC 9457 problem detail with a Chinese title: Spring MVC's
 * own exceptions, validation failures (with one entry per field), domain rule violations, a
 * database busy for a moment (503), and anything unexpected (a generic 500 without internals;
 * the stack trace goes to the log).
 */
@RestControllerAdvice
public class PlatformProblemHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(PlatformProblemHandler.class);

    /** One invalid field, as shown next to the form field in the OA client. */
    public record FieldError(String field, String message) {
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = ex.getBindingResult().getFieldErrors().stream()
            .map(error -> new FieldError(error.getField(), BindingFailures.message(error)))
            .toList();
        ProblemDetail problem = validationProblem(errors);
        return handleExceptionInternal(ex, problem, headers, HttpStatus.BAD_REQUEST, request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        // A constraint on one parameter validates them all: a @Valid object's errors keep their own
        // field names (size, page), the others take the parameter's name (q).
        List<FieldError> errors = ex.getParameterValidationResults().stream()
            .flatMap(result -> result instanceof ParameterErrors object
                    ? object.getFieldErrors().stream()
                        .map(error -> new FieldError(error.getField(), BindingFailures.message(error)))
                    : result.getResolvableErrors().stream()
                        .map(error -> new FieldError(result.getMethodParameter().getParameterName(), error.getDefaultMessage())))
            .toList();
        return handleExceptionInternal(ex, validationProblem(errors), headers, HttpStatus.BAD_REQUEST, request);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException ex) {
        return validationProblem(ex.getConstraintViolations().stream()
            .map(violation -> new FieldError(lastNode(violation.getPropertyPath().toString()), violation.getMessage()))
            .toList());
    }

    @ExceptionHandler(DomainRuleViolation.class)
    ProblemDetail domainRuleViolation(DomainRuleViolation ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(ex.status(), ex.getMessage());
        problem.setTitle(ex.title());
        problem.setType(URI.create("urn:zhengtong:problem:" + ex.code()));
        if (!ex.fieldErrors().isEmpty()) {
            problem.setProperty("errors", ex.fieldErrors());
        }
        return problem;
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ProblemDetail concurrentModification(ObjectOptimisticLockingFailureException ex) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "该记录已被他人修改，请刷新后重试。");
        problem.setTitle("数据已被修改");
        problem.setType(URI.create("urn:zhengtong:problem:concurrent-modification"));
        return problem;
    }

    /**
     * The database refused for a moment: a deadlock, a lock wait timeout, no connection to be had.
     * The transaction was rolled back, so nothing was saved, and the same request shortly after
     * will most likely succeed: a 503 that says so, not a 500 that reads like a defect.
     */
    @ExceptionHandler({ TransientDataAccessException.class, DataAccessResourceFailureException.class })
    ResponseEntity<ProblemDetail> databaseBusy(DataAccessException ex, NativeWebRequest request) {
        log.warn("Database temporarily unavailable on {}: {}", request.getDescription(false), ex.toString());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "系统繁忙，本次操作未完成，也未保存任何内容，请稍后重试。");
        problem.setTitle("系统繁忙");
        problem.setType(URI.create("urn:zhengtong:problem:temporarily-unavailable"));
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "2").body(problem);
    }

    // Method security throws inside the dispatcher; without these the catch-all below would turn them into 500s.
    @ExceptionHandler(AccessDeniedException.class)
    void accessDenied(AccessDeniedException ex) {
        throw ex;
    }

    @ExceptionHandler(AuthenticationException.class)
    void unauthenticated(AuthenticationException ex) {
        throw ex;
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception ex, NativeWebRequest request) {
        log.error("Unexpected error on {}", request.getDescription(false), ex);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "服务器处理请求时出错，请稍后再试。如问题持续，请联系系统管理员。");
        problem.setTitle("系统内部错误");
        return problem;
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(@Nullable Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            problem.setTitle(ChineseTitles.forStatus(statusCode, problem.getTitle()));
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private static ProblemDetail validationProblem(List<FieldError> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "提交的内容有误，请按提示修改后重试。");
        problem.setTitle("请求参数有误");
        problem.setType(URI.create("urn:zhengtong:problem:validation"));
        problem.setProperties(Map.of("errors", errors));
        return problem;
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }
}
