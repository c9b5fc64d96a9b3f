package io.zhengtong.exchange.search.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.zhengtong.exchange.search.DocumentQuery;
import io.zhengtong.platform.paging.PageQuery;

class SearchParametersTest {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    static SearchParameters period(LocalDate from, LocalDate to) {
        return new SearchParameters(null, null, null, null, from, to);
    }

    @Test
    void anEndDateBeforeTheStartDateIsReportedOnTheEndDate() {
        assertThat(VALIDATOR.validate(period(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 1))))
            .extracting(v -> v.getPropertyPath().toString(), v -> v.getMessage())
            .containsExactly(tuple("to", "结束日期不能早于开始日期"));
    }

    @Test
    void aSingleDayOrAnOpenPeriodIsFine() {
        LocalDate day = LocalDate.of(2026, 11, 22);
        assertThat(VALIDATOR.validate(period(day, day))).isEmpty();
        assertThat(VALIDATOR.validate(period(day, null))).isEmpty();
        assertThat(VALIDATOR.validate(period(null, day))).isEmpty();
    }

    @Test
    void theTitleIsSearchedWordByWordOnTheAskedPage() {
        SearchParameters parameters = new SearchParameters(" ", "凤政办[2026]", "防汛　通知", "gov-office", null, null);
        DocumentQuery query = parameters.toQuery(new PageQuery(2, 10));
        assertThat(query.text()).isNull();
        assertThat(query.number()).isEqualTo("凤政办〔2026〕");
        assertThat(query.titleWords()).containsExactly("防汛", "通知");
        assertThat(query.paging()).isEqualTo(new PageQuery(2, 10));
    }
}
