package io.zhengtong.exchange.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;

import io.zhengtong.exchange.document.Text;
import io.zhengtong.platform.paging.PageQuery;

/**
 * What a clerk searches for: free text ({@code q}: 文号, title or sender name), a 文号 or part of
 * it, title words (all must occur), the sender's unit code and a dispatch date range (China
 * dates, both ends included), one page of the results. Blank criteria are ignored.
 */
public record DocumentQuery(String text, String number, List<String> titleWords, String sender, LocalDate from,
        LocalDate to, PageQuery paging) {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** The dispatch time is stored as ISO-8601 UTC text; its first 19 characters sort like the instant. */
    private static final DateTimeFormatter STORED = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    public DocumentQuery {
        text = blankToNull(text);
        number = blankToNull(number == null ? null : normaliseNumber(number));
        titleWords = titleWords == null ? List.of() : List.copyOf(titleWords);
        sender = blankToNull(sender);
    }

    /** Splits the title field on spaces (half- or full-width) into words that must all occur. */
    public static List<String> words(String title) {
        String value = Text.normalise(title);
        return value == null ? List.of()
                : Arrays.stream(value.split("[\\s\\u3000]+")).filter(w -> !w.isBlank()).toList();
    }

    /**
     * Clerks type the brackets of 代字〔年份〕序号 as they come: [2026], (2026), 【2026】... The stored
     * number always uses 〔〕 (GB/T 9704), so the typed one is brought to that form.
     */
    static String normaliseNumber(String typed) {
        String value = Text.normalise(typed);
        if (value == null) {
            return null;
        }
        return value.replaceAll("[\\[［(（【]", "〔").replaceAll("[\\]］)）】]", "〕").replace(" ", "");
    }

    /** The first stored dispatch time included: the start of {@code from} in China. */
    String fromStored() {
        return from == null ? null : STORED.format(from.atStartOfDay(CHINA).toInstant());
    }

    /** The first stored dispatch time excluded: the start of the day after {@code to} in China. */
    String toStoredExclusive() {
        return to == null ? null : STORED.format(to.plusDays(1).atStartOfDay(CHINA).toInstant());
    }

    static String stored(Instant at) {
        return STORED.format(at);
    }

    private static String blankToNull(String value) {
        String normalised = Text.normalise(value);
        return normalised == null || normalised.isEmpty() ? null : normalised;
    }
}
