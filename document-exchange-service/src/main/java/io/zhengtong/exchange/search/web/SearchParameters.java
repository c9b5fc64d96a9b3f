package io.zhengtong.exchange.search.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

import io.zhengtong.exchange.search.DocumentQuery;
import io.zhengtong.platform.paging.PageQuery;

/**
 * 公文检索's query string ({@code ?q=&number=&title=&sender=&from=&to=}) as Spring binds it; a
 * date that is not {@code yyyy-MM-dd} or a {@code to} before {@code from} is the platform's
 * validation problem, with the Chinese message on the field.
 */
@SearchParameters.ToNotBeforeFrom
record SearchParameters(String q, String number, String title, String sender,
        @DateTimeFormat(iso = ISO.DATE) LocalDate from, @DateTimeFormat(iso = ISO.DATE) LocalDate to) {

    DocumentQuery toQuery(PageQuery paging) {
        return new DocumentQuery(q, number, DocumentQuery.words(title), sender, from, to, paging);
    }

    /** The dispatch period may be one day, not a negative one; reported on {@code to}, the field to correct. */
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = PeriodCheck.class)
    @interface ToNotBeforeFrom {

        String message() default "结束日期不能早于开始日期";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    // Public: Hibernate Validator instantiates it reflectively outside Spring (and in unit tests).
    public static final class PeriodCheck implements ConstraintValidator<ToNotBeforeFrom, SearchParameters> {

        @Override
        public boolean isValid(SearchParameters query, ConstraintValidatorContext context) {
            if (query == null || query.from() == null || query.to() == null || !query.to().isBefore(query.from())) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                .addPropertyNode("to").addConstraintViolation();
            return false;
        }
    }
}
