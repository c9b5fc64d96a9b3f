package io.zhengtong.portal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.zhengtong.platform.problem.PlatformProblemHandler.FieldError;

class SearchParametersTest {

    @Test
    void nothingButWordsSearchesEverythingByRelevanceOnTheFirstPageOfTen() {
        SearchQuery query = new SearchParameters("  信箱 ", null, null, null, null, null, null, null).toQuery();

        assertThat(query).isEqualTo(new SearchQuery("信箱", null, null, null, null, SearchOrder.RELEVANCE, 0, 10));
    }

    @Test
    void emptyFormFieldsCountAsNotGiven() {
        SearchQuery query = new SearchParameters("公文", "", " ", "", "", "", "", "").toQuery();

        assertThat(query).isEqualTo(SearchQuery.of("公文"));
    }

    @Test
    void everyParameterIsTaken() {
        SearchQuery query = new SearchParameters("旅游", "article", "culture-tourism", "2026-01-01", "2026-01-31", "date",
                "2", "20").toQuery();

        assertThat(query).isEqualTo(new SearchQuery("旅游", "article", "culture-tourism", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 31), SearchOrder.DATE, 2, 20));
    }

    @Test
    void sortIsCaseInsensitive() {
        assertThat(parameters("sort", "RELEVANCE").toQuery().order()).isEqualTo(SearchOrder.RELEVANCE);
        assertThat(parameters("sort", "Date").toQuery().order()).isEqualTo(SearchOrder.DATE);
    }

    @Test
    void aNegativePageIsRefusedInChinese() {
        assertThat(errors(parameters("page", "-1"))).containsExactly(new FieldError("page", "页码必须是不小于0的整数"));
    }

    @Test
    void aPageThatIsNotANumberIsRefusedInChinese() {
        assertThat(errors(parameters("page", "二"))).containsExactly(new FieldError("page", "页码必须是不小于0的整数"));
    }

    @Test
    void moreThanFiftyPerPageIsRefused() {
        assertThat(errors(parameters("size", "51"))).containsExactly(new FieldError("size", "每页条数必须在1到50之间"));
        assertThat(parameters("size", "50").toQuery().size()).isEqualTo(50);
    }

    @Test
    void zeroPerPageIsRefused() {
        assertThat(errors(parameters("size", "0"))).extracting(FieldError::field).containsExactly("size");
    }

    @Test
    void pagesBeyondTenThousandResultsAreRefused() {
        assertThat(errors(new SearchParameters("信箱", null, null, null, null, null, "200", "50")))
            .extracting(FieldError::field).containsExactly("page");
        assertThat(new SearchParameters("信箱", null, null, null, null, null, "199", "50").toQuery().page()).isEqualTo(199);
    }

    @Test
    void aStartAfterTheEndIsRefused() {
        SearchParameters parameters = new SearchParameters("信箱", null, null, "2026-03-02", "2026-03-01", null, null, null);

        assertThat(errors(parameters)).containsExactly(new FieldError("from", "开始日期不能晚于结束日期"));
    }

    @Test
    void theSameDayAsStartAndEndIsOneDay() {
        SearchQuery query = new SearchParameters("信箱", null, null, "2026-03-01", "2026-03-01", null, null, null).toQuery();

        assertThat(query.from()).isEqualTo(query.to());
    }

    @Test
    void aDateThatIsNotADateIsRefusedWithTheExpectedFormat() {
        assertThat(errors(parameters("to", "2026/03/01")))
            .containsExactly(new FieldError("to", "日期格式应为“年-月-日”，例如 2026-01-31"));
        assertThat(errors(parameters("from", "2026-02-30"))).extracting(FieldError::field).containsExactly("from");
    }

    @Test
    void anUnknownSortIsRefused() {
        assertThat(errors(parameters("sort", "best"))).extracting(FieldError::field).containsExactly("sort");
    }

    @Test
    void wordsLongerThanAHundredCharactersAreRefused() {
        assertThat(errors(parameters("q", "政".repeat(101))))
            .containsExactly(new FieldError("q", "搜索词不能超过100个字"));
        assertThat(parameters("q", "政".repeat(100)).toQuery().text()).hasSize(100);
    }

    @Test
    void typeAndUnitMustLookLikeCodes() {
        assertThat(errors(new SearchParameters("信箱", "<b>", "凤县", null, null, null, null, null)))
            .extracting(FieldError::field).containsExactly("type", "unit");
    }

    @Test
    void allMistakesAreReportedAtOnce() {
        SearchParameters parameters = new SearchParameters("x", null, null, "2026-03-02", "2026-03-01", "best", "-1", "99");

        assertThat(errors(parameters)).extracting(FieldError::field).containsExactly("from", "sort", "page", "size");
    }

    @Test
    void aQueryBuiltInCodeIsCheckedToo() {
        assertThatThrownBy(() -> new SearchQuery("信箱", null, null, null, null, null, -1, 10))
            .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SearchQuery("信箱", null, null, null, null, null, 0, 51))
            .isInstanceOf(IllegalArgumentException.class);
        assertThat(SearchQuery.of(null).isBlank()).isTrue();
        assertThat(SearchQuery.of("信箱").page(3).page()).isEqualTo(3);
    }

    private static SearchParameters parameters(String name, String value) {
        return new SearchParameters(name.equals("q") ? value : "信箱", null, null, name.equals("from") ? value : null,
                name.equals("to") ? value : null, name.equals("sort") ? value : null, name.equals("page") ? value : null,
                name.equals("size") ? value : null);
    }

    private static java.util.List<FieldError> errors(SearchParameters parameters) {
        return catchThrowableOfType(InvalidSearchParameters.class, parameters::toQuery).errors();
    }
}
