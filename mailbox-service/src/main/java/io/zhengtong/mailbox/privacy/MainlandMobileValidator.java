package io.zhengtong.mailbox.privacy;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Optional;

public class MainlandMobileValidator implements ConstraintValidator<MainlandMobile, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
        if (value == null || value.isBlank()) {
            return true;
        }
        Optional<String> problem = PhoneNumbers.problemWithMobile(value);
        problem.ifPresent(message -> Validation.replaceMessage(context, message));
        return problem.isEmpty();
    }
}
