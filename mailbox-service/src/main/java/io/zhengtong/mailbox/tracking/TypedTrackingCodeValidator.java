package io.zhengtong.mailbox.tracking;

import io.zhengtong.mailbox.privacy.Validation;
import io.zhengtong.platform.problem.DomainRuleViolation;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

public class TypedTrackingCodeValidator implements ConstraintValidator<TypedTrackingCode, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || value.isBlank()) {
            return true;
        }
        try {
            TrackingCode.parse(value);
            return true;
        }
        catch (DomainRuleViolation e) {
            Validation.replaceMessage(context, e.getMessage());
            return false;
        }
    }
}
