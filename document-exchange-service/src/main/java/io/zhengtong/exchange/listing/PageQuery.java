package io.zhengtong.exchange.listing;

import java.util.ArrayList;
import java.util.List;

import org.springframework.http.HttpStatus;

import io.zhengtong.platform.problem.DomainRuleViolation;

/** Which page of a list: {@code page} 0-based (default 0), {@code size} 1..100 (default 20). */
public record PageQuery(int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /** The query parameters as sent (null when absent); out of range is a bad request (400). */
    public static PageQuery of(Integer page, Integer size) {
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        List<String> problems = new ArrayList<>();
        if (p < 0) {
            problems.add("页码（page）从0开始，不能为负数");
        }
        if (s < 1 || s > MAX_SIZE) {
            problems.add("每页条数（size）须在1到" + MAX_SIZE + "之间");
        }
        if (!problems.isEmpty()) {
            throw new DomainRuleViolation(HttpStatus.BAD_REQUEST, "invalid-page", "分页参数有误",
                    String.join("；", problems) + "。");
        }
        return new PageQuery(p, s);
    }

    public long offset() {
        return (long) page * size;
    }
}
