package io.zhengtong.portal.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;

class SiteRulesTest {

    @Test
    void theElderModeSwitchOnlyReturnsToPagesOfThisSite() {
        assertThat(ElderMode.localPath("/articles/3?x=1")).isEqualTo("/articles/3?x=1");
        assertThat(ElderMode.localPath("https://evil.example/")).isEqualTo("/");
        assertThat(ElderMode.localPath("//evil.example/")).isEqualTo("/");
        assertThat(ElderMode.localPath("/\\evil.example")).isEqualTo("/");
        assertThat(ElderMode.localPath("/a\r\nSet-Cookie: x=1")).isEqualTo("/");
        assertThat(ElderMode.localPath(null)).isEqualTo("/");
    }

    @Test
    void readersCountSearchPagesFromOneWhileTheSearchCountsFromZero() {
        assertThat(SearchPage.zeroBased(null)).isNull();
        assertThat(SearchPage.zeroBased("1")).isEqualTo("0");
        assertThat(SearchPage.zeroBased(" 3 ")).isEqualTo("2");
        assertThat(SearchPage.zeroBased("0")).isEqualTo("-1");
        assertThat(SearchPage.zeroBased("abc")).isEqualTo("abc");
    }

    @Test
    void aMistypedDateIsNotEchoedIntoTheDateInput() {
        assertThat(SearchPage.dayOrBlank("2026-01-31")).isEqualTo("2026-01-31");
        assertThat(SearchPage.dayOrBlank("2026-13-45")).isEmpty();
        assertThat(SearchPage.dayOrBlank(null)).isEmpty();
    }

    @Test
    void aListPageOffersNineNeighbouringPageNumbersAroundTheCurrentOne() {
        SiteViews.Paged<Integer> page = SiteViews.Paged.of(new PageImpl<>(List.of(1), PageRequest.of(9, 20), 1000),
                n -> n);

        assertThat(page.number()).isEqualTo(10);
        assertThat(page.totalPages()).isEqualTo(50);
        assertThat(page.pageLinks()).containsExactly(6, 7, 8, 9, 10, 11, 12, 13, 14);
        assertThat(page.hasPrevious()).isTrue();
        assertThat(page.hasNext()).isTrue();
    }

    @Test
    void theFirstPageHasNoWayBack() {
        SiteViews.Paged<Integer> page = SiteViews.Paged.of(new PageImpl<>(List.of(1, 2), PageRequest.of(0, 20), 2),
                n -> n);

        assertThat(page.pageLinks()).containsExactly(1);
        assertThat(page.hasPrevious()).isFalse();
        assertThat(page.hasNext()).isFalse();
    }
}
