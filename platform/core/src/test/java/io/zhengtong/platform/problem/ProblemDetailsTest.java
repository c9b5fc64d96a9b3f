package io.zhengtong.platform.problem;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.zhengtong.platform.security.CurrentUser;
import io.zhengtong.platform.security.KeycloakJwtAuthenticationConverter;
import io.zhengtong.platform.security.PlatformSecurityAutoConfiguration;

/** What a client of any service sees when something is wrong: a problem detail, never a bare 500 page. */
@WebMvcTest(controllers = ProblemDetailsTest.SampleController.class)
@ImportAutoConfiguration({ PlatformSecurityAutoConfiguration.class, ProblemDetailsAutoConfiguration.class,
        OAuth2ResourceServerAutoConfiguration.class })
@Import(ProblemDetailsTest.SampleController.class)
@TestPropertySource(properties = {
        "spring.security.oauth2.resourceserver.jwt.jwk-set-uri=http://127.0.0.1:1/unused",
        "zhengtong.security.public-paths=/public/**" })
class ProblemDetailsTest {

    @Autowired
    MockMvc mvc;

    record LetterDraft(@NotBlank(message = "标题不能为空") String subject,
            @Size(max = 10, message = "内容不能超过10个字") String content) {
    }

    @RestController
    static class SampleController {

        @PostMapping("/api/sample/letters")
        Map<String, String> submit(@Valid @RequestBody LetterDraft draft) {
            return Map.of("subject", draft.subject());
        }

        @PostMapping("/api/sample/publish")
        void publish() {
            throw DomainRuleViolation.conflict("article-not-submitted", "文章尚未提交审核", "只有待审核的文章才能发布。");
        }

        @PostMapping("/api/sample/assign")
        void assign() {
            throw new DomainRuleViolation(org.springframework.http.HttpStatus.UNPROCESSABLE_CONTENT, "unsuitable-handlers",
                    "承办人须为本单位办文人员", "范建国不是本单位的承办人员。",
                    List.of(new PlatformProblemHandler.FieldError("handlers", "范建国不是本单位的承办人员")));
        }

        @GetMapping("/api/sample/broken")
        void broken() {
            throw new IllegalStateException("database password is hunter2");
        }

        @PostMapping("/api/sample/busy")
        void busy() {
            throw new org.springframework.dao.CannotAcquireLockException("Deadlock found when trying to get lock on letter 42");
        }

        @GetMapping("/api/sample/whoami")
        String whoami(CurrentUser user) {
            return user.name() + "@" + user.unitCode();
        }

        @GetMapping("/api/sample/reviews")
        @PreAuthorize("hasRole('reviewer')")
        List<String> reviews() {
            return List.of();
        }

        @GetMapping("/public/hello")
        String hello() {
            return "你好";
        }
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor staff(String... roles) {
        Jwt token = Jwt.withTokenValue("token").header("alg", "RS256").claim("preferred_username", "zhang.wei")
            .claim("name", "张伟").claim("unit_code", List.of("fx-zfb"))
            .claim("realm_access", Map.of("roles", List.of(roles))).build();
        return authentication(new KeycloakJwtAuthenticationConverter().convert(token));
    }

    @Test
    void invalidFieldsAreListedOneByOneInChinese() throws Exception {
        mvc.perform(post("/api/sample/letters").with(staff("staff")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"subject\":\" \",\"content\":\"这是一封超过十个字的很长的来信内容\"}"))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.title").value("请求参数有误"))
            .andExpect(jsonPath("$.errors[?(@.field == 'subject')].message").value("标题不能为空"))
            .andExpect(jsonPath("$.errors[?(@.field == 'content')].message").value("内容不能超过10个字"));
    }

    @Test
    void unreadableJsonIsA400ProblemNotA500() throws Exception {
        mvc.perform(post("/api/sample/letters").with(staff("staff")).contentType(MediaType.APPLICATION_JSON)
                .content("{\"subject\":"))
            .andExpect(status().isBadRequest())
            .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.title").value("请求参数有误"));
    }

    @Test
    void aBrokenBusinessRuleIsAConflictThatSaysWhy() throws Exception {
        mvc.perform(post("/api/sample/publish").with(staff("staff", "reviewer")))
            .andExpect(status().isConflict())
            .andExpect(jsonPath("$.title").value("文章尚未提交审核"))
            .andExpect(jsonPath("$.detail").value("只有待审核的文章才能发布。"))
            .andExpect(jsonPath("$.type").value("urn:zhengtong:problem:article-not-submitted"));
    }

    @Test
    void aRuleThatRefusesAFieldNamesItLikeAValidationError() throws Exception {
        mvc.perform(post("/api/sample/assign").with(staff("staff")))
            .andExpect(status().isUnprocessableContent())
            .andExpect(jsonPath("$.type").value("urn:zhengtong:problem:unsuitable-handlers"))
            .andExpect(jsonPath("$.detail").value("范建国不是本单位的承办人员。"))
            .andExpect(jsonPath("$.errors[0].field").value("handlers"))
            .andExpect(jsonPath("$.errors[0].message").value("范建国不是本单位的承办人员"));
        mvc.perform(post("/api/sample/publish").with(staff("staff", "reviewer")))
            .andExpect(jsonPath("$.errors").doesNotExist());
    }

    @Test
    void anUnexpectedErrorIsAGeneric500ThatLeaksNothing() throws Exception {
        mvc.perform(get("/api/sample/broken").with(staff("staff")))
            .andExpect(status().isInternalServerError())
            .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.title").value("系统内部错误"))
            .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("hunter2"))));
    }

    @Test
    void aDeadlockIsA503ThatSaysNothingWasSavedAndWhenToRetry() throws Exception {
        mvc.perform(post("/api/sample/busy").with(staff("staff")))
            .andExpect(status().isServiceUnavailable())
            .andExpect(header().string("Retry-After", "2"))
            .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.title").value("系统繁忙"))
            .andExpect(jsonPath("$.type").value("urn:zhengtong:problem:temporarily-unavailable"))
            .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("letter 42"))));
    }

    @Test
    void anAnonymousCallerGetsA401ProblemWithABearerChallenge() throws Exception {
        mvc.perform(get("/api/sample/whoami"))
            .andExpect(status().isUnauthorized())
            .andExpect(header().string("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer")))
            .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.title").value("未登录或登录已过期"))
            .andExpect(jsonPath("$.instance").value("/api/sample/whoami"));
    }

    @Test
    void aUserWithoutTheRoleGetsA403Problem() throws Exception {
        mvc.perform(get("/api/sample/reviews").with(staff("staff")))
            .andExpect(status().isForbidden())
            .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.title").value("没有访问权限"));
        mvc.perform(get("/api/sample/reviews").with(staff("staff", "reviewer")))
            .andExpect(status().isOk());
    }

    @Test
    void controllersReceiveTheCurrentUserFromTheToken() throws Exception {
        mvc.perform(get("/api/sample/whoami").with(staff("staff")))
            .andExpect(status().isOk())
            .andExpect(content().string("张伟@fx-zfb"));
    }

    @Test
    void configuredPublicPathsNeedNoToken() throws Exception {
        mvc.perform(get("/public/hello")).andExpect(status().isOk());
    }

    @Test
    void anUnknownPathIsA404ProblemInChinese() throws Exception {
        mvc.perform(get("/api/sample/nothing-here").with(staff("staff")))
            .andExpect(status().isNotFound())
            .andExpect(jsonPath("$.title").value("请求的资源不存在"));
    }
}
