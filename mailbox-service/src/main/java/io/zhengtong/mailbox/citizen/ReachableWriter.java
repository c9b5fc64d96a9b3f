package io.zhengtong.mailbox.citizen;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/**
 * A named letter must say who wrote it and how to reach them: by mobile number, or, where
 * {@link #emailSuffices()} (a writer logged in), by mobile number or e-mail address. The errors
 * are reported on the fields themselves ({@code contactName}, {@code contactPhone}), where the
 * form shows them.
 */
@Documented
@Constraint(validatedBy = ReachableWriter.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(ReachableWriter.List.class)
public @interface ReachableWriter {

    String message() default "实名来信请填写联系方式";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Whether an e-mail address alone reaches the writer (else a mobile number is required). */
    boolean emailSuffices() default false;

    @Documented
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @interface List {
        ReachableWriter[] value();
    }

    class Validator implements ConstraintValidator<ReachableWriter, LetterForm> {

        private boolean emailSuffices;

        @Override
        public void initialize(ReachableWriter constraint) {
            emailSuffices = constraint.emailSuffices();
        }

        @Override
        public boolean isValid(LetterForm form, ConstraintValidatorContext context) {
            if (form == null || form.anonymous()) {
                return true;
            }
            boolean valid = true;
            context.disableDefaultConstraintViolation();
            if (blank(form.contactName())) {
                context.buildConstraintViolationWithTemplate("实名来信请填写姓名").addPropertyNode("contactName")
                    .addConstraintViolation();
                valid = false;
            }
            if (blank(form.contactPhone()) && !(emailSuffices && !blank(form.contactEmail()))) {
                context.buildConstraintViolationWithTemplate(emailSuffices ? "实名来信请填写手机号码或电子邮箱，以便联系答复"
                        : "实名来信请填写手机号码，以便联系答复").addPropertyNode("contactPhone").addConstraintViolation();
                valid = false;
            }
            return valid;
        }

        private static boolean blank(String text) {
            return text == null || text.isBlank();
        }
    }
}
