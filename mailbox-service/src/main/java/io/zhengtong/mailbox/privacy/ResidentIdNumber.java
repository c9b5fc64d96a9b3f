package io.zhengtong.mailbox.privacy;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A 公民身份号码 valid per GB 11643; {@code null} or blank passes (the field is optional). */
@Documented
@Constraint(validatedBy = ResidentIdNumberValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface ResidentIdNumber {

    String message() default "公民身份号码有误。";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
