package io.zhengtong.mailbox.tracking;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A tracking code as someone typed it ({@link TrackingCode#parse}); the message says what is wrong
 * with it. {@code null} or blank passes (the parameter is optional).
 */
@Documented
@Constraint(validatedBy = TypedTrackingCodeValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface TypedTrackingCode {

    String message() default "查询码有误。";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
