package io.zhengtong.exchange.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.zhengtong.platform.problem.DomainRuleViolation;

class PagingTest {

    @Test
    void withoutParametersAListShowsItsFirstTwentyLines() {
        assertThat(PageQuery.of(null, null)).isEqualTo(new PageQuery(0, 20));
        assertThat(PageQuery.of(2, 50).offset()).isEqualTo(100);
    }

    @Test
    void aNegativePageOrASizeOutsideOneToAHundredIsABadRequestNamingBoth() {
        assertThatThrownBy(() -> PageQuery.of(-1, 101))
            .isInstanceOfSatisfying(DomainRuleViolation.class, e -> {
                assertThat(e.status().value()).isEqualTo(400);
                assertThat(e.code()).isEqualTo("invalid-page");
            })
            .hasMessageContaining("page").hasMessageContaining("size");
        assertThatThrownBy(() -> PageQuery.of(0, 0)).isInstanceOf(DomainRuleViolation.class);
    }

    @Test
    void thePageCountRoundsUpAndAnEmptyListHasNoPages() {
        assertThat(Paged.of(List.of("a"), PageQuery.of(0, 20), 41).totalPages()).isEqualTo(3);
        assertThat(Paged.of(List.of(), PageQuery.of(0, 20), 0).totalPages()).isZero();
        assertThat(Paged.of(List.of(1, 2), PageQuery.of(1, 2), 4).map(i -> i * 10))
            .isEqualTo(new Paged<>(List.of(10, 20), 1, 2, 4, 2));
    }
}
