package io.zhengtong.mailbox.citizen;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A named letter must say who wrote it and how to reach them. The errors are reported on the
 * fields themselves ({@code contactName}, {@code contactPhone}), where the form shows them.
 */
@Documented
@Constraint(validatedBy = ReachableWriter.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@interface ReachableWriter {

    String message() default "实名来信请填写联系方式";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<ReachableWriter, LetterForm> {

        @Override
        public boolean isValid(LetterForm form, ConstraintValidatorContext context) {
            if (form == null || form.anonymous()) {
                return true;
            }
            boolean valid = true;
            context.disableDefaultConstraintViolation();
            if (form.contactName() == null || form.contactName().isBlank()) {
                context.buildConstraintViolationWithTemplate("实名来信请填写姓名").addPropertyNode("contactName")
                    .addConstraintViolation();
                valid = false;
            }
            if (form.contactPhone() == null || form.contactPhone().isBlank()) {
                context.buildConstraintViolationWithTemplate("实名来信请填写手机号码，以便联系答复").addPropertyNode("contactPhone")
                    .addConstraintViolation();
                valid = false;
            }
            return valid;
        }
    }
}
