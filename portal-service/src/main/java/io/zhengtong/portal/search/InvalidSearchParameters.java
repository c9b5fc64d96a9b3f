package io.zhengtong.portal.search;

import java.util.List;

import io.zhengtong.platform.problem.PlatformProblemHandler.FieldError;

/** What was wrong with a search as typed, one Chinese message per field (answered as a 400 problem). */
public class InvalidSearchParameters extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidSearchParameters(List<FieldError> errors) {
        super("Invalid search parameters: " + errors);
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }
}
