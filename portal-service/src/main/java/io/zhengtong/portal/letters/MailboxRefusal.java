package io.zhengtong.portal.letters;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The mailbox service said no (a 4xx problem detail): a field the citizen must correct, a wrong
 * query password, a step not allowed now, too many letters. The page shows it; it says nothing
 * about the service's health, so the circuit breaker ignores it.
 *
 * @param retryAfterSeconds from {@code Retry-After} on a 429, else null
 */
class MailboxRefusal extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final String detail;
    private final List<FieldError> errors;
    private final Long retryAfterSeconds;

    record FieldError(String field, String message) {
    }

    MailboxRefusal(int status, String type, String title, String detail, List<FieldError> errors, Long retryAfterSeconds) {
        super(status + " " + type + ": " + detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.detail = detail;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
        this.retryAfterSeconds = retryAfterSeconds;
    }

    int status() {
        return status;
    }

    /** The problem type without the {@code urn:zhengtong:problem:} prefix, e.g. {@code letter-not-found}. */
    String code() {
        return type == null ? "" : type.substring(type.lastIndexOf(':') + 1);
    }

    String title() {
        return title;
    }

    String detail() {
        return detail;
    }

    /** The field errors by field, first message of each; empty when the refusal is not about fields. */
    Map<String, String> fieldErrors() {
        return errors.stream().filter(e -> e.field() != null)
            .collect(Collectors.toMap(FieldError::field, FieldError::message, (first, second) -> first,
                    java.util.LinkedHashMap::new));
    }

    Long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
