package io.zhengtong.mailbox.privacy;

import jakarta.validation.ConstraintValidatorContext;

public final class Validation {

    private Validation() {
    }

    // Our messages are plain text; braces and dollars would be read as template expressions.
    public static void replaceMessage(ConstraintValidatorContext context, String message) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(message.replace("\\", "\\\\").replace("{", "\\{")
                .replace("}", "\\}").replace("$", "\\$")).addConstraintViolation();
    }
}
