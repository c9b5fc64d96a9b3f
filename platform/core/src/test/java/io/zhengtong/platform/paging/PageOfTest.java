package io.zhengtong.platform.paging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;

class PageOfTest {

    @Test
    void withoutParametersAListShowsItsFirstTwentyLines() {
        assertThat(new PageQuery(null, null)).isEqualTo(new PageQuery(0, 20)).isEqualTo(PageQuery.first());
        assertThat(new PageQuery(2, 50).offset()).isEqualTo(100);
        assertThat(new PageQuery(2, 50).pageable()).isEqualTo(PageRequest.of(2, 50));
    }

    @Test
    void thePageCountRoundsUpAndAnEmptyListHasNoPages() {
        assertThat(PageOf.of(List.of("a"), new PageQuery(0, 20), 41).totalPages()).isEqualTo(3);
        assertThat(PageOf.of(List.of("a"), new PageQuery(0, 20), 40).totalPages()).isEqualTo(2);
        assertThat(PageOf.empty(new PageQuery(3, 10))).isEqualTo(new PageOf<>(List.of(), 3, 10, 0, 0));
    }

    @Test
    void eachLineIsShownAsTheClientReceivesItAndThePagingStays() {
        assertThat(PageOf.of(List.of(1, 2), new PageQuery(1, 2), 5).map(i -> "第" + i + "条"))
            .isEqualTo(new PageOf<>(List.of("第1条", "第2条"), 1, 2, 5, 3));
    }

    @Test
    void aRepositorysPageKeepsItsNumbers() {
        PageImpl<Integer> found = new PageImpl<>(List.of(7, 8), PageRequest.of(3, 2), 9);
        assertThat(PageOf.from(found, i -> i * 10)).isEqualTo(new PageOf<>(List.of(70, 80), 3, 2, 9, 5));
    }
}
