package io.zhengtong.platform.problem;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.beans.TypeMismatchException;
import org.springframework.validation.FieldError;

/**
 * Chinese messages for a request value that could not even be converted (a letter where a page
 * number goes, a malformed date): Spring's own message is English and names Java types.
 */
final class BindingFailures {

    private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(Integer.class, int.class, Long.class, long.class,
            Short.class, short.class, Byte.class, byte.class, BigInteger.class);

    private BindingFailures() {
    }

    /** The message shown for the field: Spring's default for validation failures, a Chinese one for conversion failures. */
    static String message(FieldError error) {
        if (!error.isBindingFailure()) {
            return error.getDefaultMessage();
        }
        Class<?> type = error.contains(TypeMismatchException.class)
                ? error.unwrap(TypeMismatchException.class).getRequiredType() : null;
        return forType(type);
    }

    static String forType(Class<?> type) {
        if (type == null) {
            return "格式有误";
        }
        if (WHOLE_NUMBERS.contains(type)) {
            return "应为整数";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class
                || type == BigDecimal.class) {
            return "应为数字";
        }
        if (type == LocalDate.class) {
            return "日期格式应为 yyyy-MM-dd，例如 2026-11-22";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "时间格式应为 ISO 8601，例如 2026-11-22T09:30:00+08:00";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "应为 true 或 false";
        }
        if (type == UUID.class) {
            return "编号格式有误";
        }
        if (type.isEnum()) {
            return "取值无效，可选：" + Arrays.stream(type.getEnumConstants()).map(Object::toString)
                .collect(Collectors.joining("、"));
        }
        return "格式有误";
    }
}
