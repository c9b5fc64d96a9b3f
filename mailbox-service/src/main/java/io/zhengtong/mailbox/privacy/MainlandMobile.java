package io.zhengtong.mailbox.privacy;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A mainland China mobile number; {@code null} or blank passes (combine with @NotBlank when required). */
@Documented
@Constraint(validatedBy = MainlandMobileValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface MainlandMobile {

    String message() default "手机号码有误。";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
