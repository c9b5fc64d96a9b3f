package io.zhengtong.portal.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.springframework.core.io.ClassPathResource;

/**
 * The five county e-government reports as search documents, from test resources: the first line
 * is the title, the rest the body. Two units, five distinct dates (one just after midnight in
 * China, a day later than in UTC).
 */
public final class CountyReports implements SearchSource {

    public static final String OFFICE = "gov-office";
    public static final String OFFICE_NAME = "凤县人民政府办公室";
    public static final String TOURISM = "culture-tourism";
    public static final String TOURISM_NAME = "凤县文化和旅游局";

    /** file name (without .txt) → unit code and publication time. */
    public static final Map<String, Object[]> REPORTS = Map.of(
            "fengxian-egov-practice", new Object[] { OFFICE, Instant.parse("2026-01-05T02:00:00Z") },
            "daxian-egov-website", new Object[] { OFFICE, Instant.parse("2026-01-20T02:00:00Z") },
            // 2026-02-02 00:30 in Shanghai
            "pingliang-egov-experience", new Object[] { TOURISM, Instant.parse("2026-02-01T16:30:00Z") },
            "sinan-egov-experience", new Object[] { TOURISM, Instant.parse("2026-02-20T02:00:00Z") },
            "wujiaqu-egov", new Object[] { TOURISM, Instant.parse("2026-03-01T02:00:00Z") });

    public static String id(String report) {
        return "article-" + report;
    }

    @Override
    public String type() {
        return SearchTypes.ARTICLE;
    }

    @Override
    public Stream<SearchDocument> documents() {
        return all().stream();
    }

    public static List<SearchDocument> all() {
        return REPORTS.keySet().stream().sorted().map(CountyReports::document).toList();
    }

    public static SearchDocument document(String report) {
        String text = read(report).strip();
        int newline = text.indexOf('\n');
        String title = text.substring(0, newline < 0 ? text.length() : newline).strip();
        String body = newline < 0 ? "" : text.substring(newline + 1).strip();
        Object[] meta = REPORTS.get(report);
        String unit = (String) meta[0];
        return new SearchDocument(id(report), SearchTypes.ARTICLE, title, body, unit,
                OFFICE.equals(unit) ? OFFICE_NAME : TOURISM_NAME, "工作动态", (Instant) meta[1], "/articles/" + report);
    }

    private static String read(String report) {
        try {
            return new ClassPathResource("demo/county-reports/" + report + ".txt").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
