package io.zhengtong.exchange.document;

import java.util.List;

import io.zhengtong.platform.problem.DomainRuleViolation;

/**
 * Document elements that break GB/T 9704-2012 or our rules. Answered as 422 with a Chinese
 * message; {@link #problems()} names each field (English key) and what is wrong with it.
 */
public class InvalidDocumentMetadata extends DomainRuleViolation {

    /** One wrong element: the field's key (as in the canonical form) and a Chinese message. */
    public record Problem(String field, String message) {
    }

    private final List<Problem> problems;

    public InvalidDocumentMetadata(List<Problem> problems) {
        super(org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT, "invalid-document-metadata", "公文要素不符合要求",
                String.join("；", problems.stream().map(Problem::message).toList()));
        this.problems = List.copyOf(problems);
    }

    public static InvalidDocumentMetadata of(String field, String message) {
        return new InvalidDocumentMetadata(List.of(new Problem(field, message)));
    }

    public List<Problem> problems() {
        return problems;
    }
}
