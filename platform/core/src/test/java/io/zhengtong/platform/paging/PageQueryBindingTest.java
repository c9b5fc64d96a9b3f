package io.zhengtong.platform.paging;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.stream.IntStream;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.zhengtong.platform.problem.ProblemDetailsAutoConfiguration;
import io.zhengtong.platform.security.PlatformSecurityAutoConfiguration;

/** What a client sees when it pages through a list, and when it asks for a page that cannot be. */
@WebMvcTest(controllers = PageQueryBindingTest.NumbersController.class)
@ImportAutoConfiguration({ PlatformSecurityAutoConfiguration.class, ProblemDetailsAutoConfiguration.class,
        OAuth2ResourceServerAutoConfiguration.class })
@Import(PageQueryBindingTest.NumbersController.class)
@TestPropertySource(properties = "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://127.0.0.1:1/unused")
class PageQueryBindingTest {

    @Autowired
    MockMvc mvc;

    /** A list of the numbers 1..45, paged. */
    @RestController
    static class NumbersController {

        static final List<Integer> NUMBERS = IntStream.rangeClosed(1, 45).boxed().toList();

        @GetMapping("/api/sample/numbers")
        PageOf<String> numbers(@Valid PageQuery paging) {
            List<Integer> shown = NUMBERS.stream().skip(paging.offset()).limit(paging.size()).toList();
            return PageOf.of(shown, paging, NUMBERS.size()).map(n -> "第" + n + "号");
        }

        /** A constraint on another parameter makes Spring validate the method's parameters together. */
        @GetMapping("/api/sample/numbers/search")
        PageOf<String> search(@RequestParam(required = false) @Size(max = 3, message = "最多3个字") String q,
                @Valid PageQuery paging) {
            return numbers(paging);
        }
    }

    @Test
    void withoutParametersTheFirstTwentyAreShownInThePlatformsPageShape() throws Exception {
        mvc.perform(get("/api/sample/numbers").with(jwt()))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.content.length()").value(20))
            .andExpect(jsonPath("$.content[0]").value("第1号"))
            .andExpect(jsonPath("$.page").value(0))
            .andExpect(jsonPath("$.size").value(20))
            .andExpect(jsonPath("$.totalElements").value(45))
            .andExpect(jsonPath("$.totalPages").value(3));
    }

    @Test
    void theLastPageHoldsWhatIsLeft() throws Exception {
        mvc.perform(get("/api/sample/numbers?page=2&size=20").with(jwt()))
            .andExpect(status().isOk())
            .andExpect(jsonPath("$.content.length()").value(5))
            .andExpect(jsonPath("$.content[0]").value("第41号"))
            .andExpect(jsonPath("$.page").value(2));
    }

    @Test
    void aNegativePageAndATooLargeSizeAreBothNamedInChinese() throws Exception {
        mvc.perform(get("/api/sample/numbers?page=-1&size=101").with(jwt()))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.type").value("urn:zhengtong:problem:validation"))
            .andExpect(jsonPath("$.title").value("请求参数有误"))
            .andExpect(jsonPath("$.errors.length()").value(2))
            .andExpect(jsonPath("$.errors[?(@.field == 'page')].message").value("页码（page）从0开始，不能为负数"))
            .andExpect(jsonPath("$.errors[?(@.field == 'size')].message").value("每页条数（size）须在1到100之间"));
    }

    @Test
    void besideAnotherCheckedParameterThePagingErrorsStillNamePageAndSize() throws Exception {
        mvc.perform(get("/api/sample/numbers/search?q=abcd&size=101").with(jwt()))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors.length()").value(2))
            .andExpect(jsonPath("$.errors[?(@.field == 'q')].message").value("最多3个字"))
            .andExpect(jsonPath("$.errors[?(@.field == 'size')].message").value("每页条数（size）须在1到100之间"));
    }

    @Test
    void aSizeOfZeroIsRefused() throws Exception {
        mvc.perform(get("/api/sample/numbers?size=0").with(jwt()))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("size"));
    }

    @Test
    void aPageThatIsNotANumberIsRefusedInChineseNotWithAConversionError() throws Exception {
        mvc.perform(get("/api/sample/numbers?page=abc&size=1.5").with(jwt()))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.type").value("urn:zhengtong:problem:validation"))
            .andExpect(jsonPath("$.errors.length()").value(2))
            .andExpect(jsonPath("$.errors[?(@.field == 'page')].message").value("应为整数"))
            .andExpect(jsonPath("$.errors[?(@.field == 'size')].message").value("应为整数"));
    }

    @Test
    void aPageSoFarOutThatItsOffsetWouldOverflowIsABadRequestNotAServerError() throws Exception {
        mvc.perform(get("/api/sample/numbers?page=99999999&size=100").with(jwt()))
            .andExpect(status().isBadRequest())
            .andExpect(jsonPath("$.errors[0].field").value("page"))
            .andExpect(jsonPath("$.errors[0].message").value("页码（page）过大"));
    }
}
