package io.zhengtong.exchange.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.zhengtong.platform.paging.PageQuery;

class DocumentQueryTest {

    static DocumentQuery dates(LocalDate from, LocalDate to) {
        return new DocumentQuery(null, null, List.of(), null, from, to, PageQuery.first());
    }

    @Test
    void aNumberTypedWithSquareRoundOrLenticularBracketsIsSearchedWithTheStandardOnes() {
        assertThat(DocumentQuery.normaliseNumber("凤政办[2026]14号")).isEqualTo("凤政办〔2026〕14号");
        assertThat(DocumentQuery.normaliseNumber("凤政办（2026）14号")).isEqualTo("凤政办〔2026〕14号");
        assertThat(DocumentQuery.normaliseNumber(" 凤政办【2026】 ")).isEqualTo("凤政办〔2026〕");
        assertThat(new DocumentQuery(null, "  ", List.of(), " ", null, null, PageQuery.first()).number()).isNull();
    }

    @Test
    void titleWordsAreSplitOnHalfAndFullWidthSpaces() {
        assertThat(DocumentQuery.words(" 防汛　值班  通知 ")).containsExactly("防汛", "值班", "通知");
        assertThat(DocumentQuery.words(null)).isEmpty();
    }

    @Test
    void aDayIsAChinaDaySoAnEarlyMorningDispatchCountsForThatDay() {
        DocumentQuery day = dates(LocalDate.of(2026, 11, 22), LocalDate.of(2026, 11, 22));

        // 2026-11-22 00:00 to 2026-11-23 00:00 in Beijing time
        assertThat(day.fromStored()).isEqualTo("2026-11-21T16:00:00");
        assertThat(day.toStoredExclusive()).isEqualTo("2026-11-22T16:00:00");
        String earlyMorning = DocumentQuery.stored(Instant.parse("2026-11-21T23:30:00Z")); // 07:30 in Beijing
        assertThat(earlyMorning.compareTo(day.fromStored())).isPositive();
        assertThat(earlyMorning.compareTo(day.toStoredExclusive())).isNegative();
    }

    @Test
    void likeWildcardsInWhatTheClerkTypedAreTakenLiterally() {
        assertThat(SearchingDocuments.contains("100%_!")).isEqualTo("%100!%!_!!%");
    }
}
