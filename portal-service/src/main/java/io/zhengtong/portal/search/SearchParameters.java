package io.zhengtong.portal.search;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import io.zhengtong.platform.problem.PlatformProblemHandler.FieldError;

/**
 * A search exactly as it arrives in a URL ({@code ?q=&type=&unit=&from=&to=&sort=&page=&size=}),
 * every value a string or absent, so that anything a visitor can type gets a Chinese message
 * rather than a conversion error. Blank values count as absent.
 */
public record SearchParameters(String q, String type, String unit, String from, String to, String sort, String page,
        String size) {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    /** The valid query, or {@link InvalidSearchParameters} listing every invalid field. */
    public SearchQuery toQuery() {
        List<FieldError> errors = new ArrayList<>();
        String text = q == null ? "" : q.strip();
        if (text.length() > SearchQuery.MAX_TEXT_LENGTH) {
            errors.add(new FieldError("q", "搜索词不能超过" + SearchQuery.MAX_TEXT_LENGTH + "个字"));
        }
        if (present(type) && !CODE.matcher(type.strip()).matches()) {
            errors.add(new FieldError("type", "内容类型无效"));
        }
        if (present(unit) && !CODE.matcher(unit.strip()).matches()) {
            errors.add(new FieldError("unit", "发布单位无效"));
        }
        LocalDate fromDay = day("from", from, errors);
        LocalDate toDay = day("to", to, errors);
        if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
            errors.add(new FieldError("from", "开始日期不能晚于结束日期"));
        }
        SearchOrder order = order(errors);
        Integer pageNumber = number("page", page, 0, 0, Integer.MAX_VALUE, "页码必须是不小于0的整数", errors);
        Integer pageSize = number("size", size, SearchQuery.DEFAULT_SIZE, 1, SearchQuery.MAX_SIZE,
                "每页条数必须在1到" + SearchQuery.MAX_SIZE + "之间", errors);
        if (pageNumber != null && pageSize != null
                && (long) (pageNumber + 1) * pageSize > SearchQuery.MAX_RESULT_WINDOW) {
            errors.add(new FieldError("page", "只能查看前" + SearchQuery.MAX_RESULT_WINDOW + "条结果，请缩小搜索范围"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidSearchParameters(errors);
        }
        return new SearchQuery(text, type, unit, fromDay, toDay, order, pageNumber, pageSize);
    }

    private SearchOrder order(List<FieldError> errors) {
        if (!present(sort)) {
            return SearchOrder.RELEVANCE;
        }
        try {
            return SearchOrder.valueOf(sort.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            errors.add(new FieldError("sort", "排序方式只能是 relevance（按相关度）或 date（按日期）"));
            return null;
        }
    }

    private static LocalDate day(String field, String value, List<FieldError> errors) {
        if (!present(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, "日期格式应为“年-月-日”，例如 2026-01-31"));
            return null;
        }
    }

    private static Integer number(String field, String value, int absent, int min, int max, String message,
            List<FieldError> errors) {
        if (!present(value)) {
            return absent;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below, like an out-of-range number
        }
        errors.add(new FieldError(field, message));
        return null;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
