package io.zhengtong.exchange.handling;

import java.util.List;

import org.springframework.http.HttpStatus;

import io.zhengtong.platform.problem.DomainRuleViolation;
import io.zhengtong.platform.problem.PlatformProblemHandler.FieldError;

/**
 * 批办 named someone who may not handle the unit's documents: not of the unit, without the
 * {@code staff} role, or unknown to the realm. Answered as 422 with one field error per person,
 * on {@code handlers}, so the OA can show them next to its picker.
 */
public class UnsuitableHandlers extends DomainRuleViolation {

    /** The request field the refusals belong to. */
    public static final String FIELD = "handlers";

    UnsuitableHandlers(List<String> reasons) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, "unsuitable-handlers", "承办人须为本单位办文人员",
                String.join("；", reasons) + "。", reasons.stream().map(reason -> new FieldError(FIELD, reason)).toList());
    }

    /** One Chinese sentence (without a full stop) per refused person, in the order they were named. */
    public List<String> reasons() {
        return fieldErrors().stream().map(FieldError::message).toList();
    }
}
