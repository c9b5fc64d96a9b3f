package io.zhengtong.portal.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import feign.Request;
import feign.Response;

import io.zhengtong.portal.site.SignedInVisitor;

class LetterViewsTest {

    @Test
    void ratesAreShownAsThePercentagesTheMailboxSends() {
        assertThat(LetterViews.percent(87.5)).isEqualTo("87.5%");
        assertThat(LetterViews.percent(100.0)).isEqualTo("100.0%");
        assertThat(LetterViews.percent(0.0)).isEqualTo("0.0%");
        assertThat(LetterViews.percent(null)).isEqualTo("—");
    }

    @Test
    void aSmallRateOfUnderOnePercentIsNotBlownUpToAFraction() {
        // 1 of 125 letters on time is 0.8%, not 80.0%; 1.0 is 1%, not 100%.
        assertThat(LetterViews.percent(0.8)).isEqualTo("0.8%");
        assertThat(LetterViews.percent(1.0)).isEqualTo("1.0%");
    }

    @Test
    void thePeriodsOfAllMailboxesAreSummedUpPerTypeWithTheirRangeWhereMailboxesDiffer() {
        List<MailboxApi.MailboxItem> boxes = List.of(
                new MailboxApi.MailboxItem("a", "书记信箱", List.of(new MailboxApi.Period("CONSULTATION", "咨询", 3),
                        new MailboxApi.Period("COMPLAINT", "投诉", 7)), null),
                new MailboxApi.MailboxItem("b", "县长信箱", List.of(new MailboxApi.Period("CONSULTATION", "咨询", 2),
                        new MailboxApi.Period("COMPLAINT", "投诉", 7)), null),
                new MailboxApi.MailboxItem("c", "教育局信箱", null, null));

        assertThat(LetterViews.periodSummary(boxes)).containsExactly("咨询2至3个工作日", "投诉7个工作日");
        assertThat(LetterViews.periodSummary(List.of())).isEmpty();
    }

    @Test
    void theFormAsksForAMobileNumberWithoutLoginAndLoggedInOnlyWhenTheAccountHasNoEmailAddress() {
        assertThat(LetterViews.Reach.of(Optional.empty())).isEqualTo(LetterViews.Reach.PHONE);
        assertThat(LetterViews.Reach.of(Optional.of(new SignedInVisitor("wang.xiaoming", "王小明", "wang.xiaoming@example.com"))))
            .isEqualTo(LetterViews.Reach.ACCOUNT_EMAIL);
        assertThat(LetterViews.Reach.of(Optional.of(new SignedInVisitor("li.si", "李四", null))))
            .isEqualTo(LetterViews.Reach.PHONE_OR_EMAIL);
    }

    @Test
    void aMonthReadsAsAChineseReaderSaysIt() {
        assertThat(LetterViews.monthLabel("2026-10")).isEqualTo("2026年10月");
        assertThat(LetterViews.monthLabel("2026-03")).isEqualTo("2026年3月");
    }

    @Test
    void anAnonymousLetterSendsNoContactDetailsEvenIfSomeWereTypedBeforeTickingTheBox() {
        LetterViews.LetterForm typed = new LetterViews.LetterForm("OTHER", "标题", "内容", "张三", "13812341234", "a@b.cn",
                null, null, true, "c-1", "12");

        MailboxApi.LetterRequest request = typed.toRequest("county-head");

        assertThat(request.anonymous()).isTrue();
        assertThat(request.consentToPublish()).isFalse();
        assertThat(request.contactName()).isNull();
        assertThat(request.contactPhone()).isNull();
        assertThat(request.contactEmail()).isNull();
        assertThat(request.mailbox()).isEqualTo("county-head");
    }

    @Test
    void aProblemDetailWithFieldErrorsAndRetryAfterBecomesARefusalThePageCanShow() {
        String problem = """
                {"type":"urn:zhengtong:problem:validation","title":"请求参数有误","status":400,"detail":"提交的内容有误",
                 "errors":[{"field":"subject","message":"请填写信件标题"},{"field":"subject","message":"第二条"}]}""";
        Response response = Response.builder().status(429)
            .request(Request.create(Request.HttpMethod.POST, "/x", Map.of(), null, StandardCharsets.UTF_8, null))
            .headers(Map.<String, java.util.Collection<String>>of("Retry-After", List.of("120")))
            .body(problem, StandardCharsets.UTF_8).build();

        MailboxRefusal refusal = MailboxApiConfiguration.refusal(response);

        assertThat(refusal.status()).isEqualTo(429);
        assertThat(refusal.code()).isEqualTo("validation");
        assertThat(refusal.fieldErrors()).containsExactly(Map.entry("subject", "请填写信件标题"));
        assertThat(refusal.retryAfterSeconds()).isEqualTo(120L);
    }

    @Test
    void aRefusalWithoutABodyIsStillARefusal() {
        Response response = Response.builder().status(404)
            .request(Request.create(Request.HttpMethod.GET, "/x", Map.of(), null, StandardCharsets.UTF_8, null))
            .headers(Map.<String, java.util.Collection<String>>of()).build();

        MailboxRefusal refusal = MailboxApiConfiguration.refusal(response);

        assertThat(refusal.status()).isEqualTo(404);
        assertThat(refusal.fieldErrors()).isEmpty();
        assertThat(refusal.retryAfterSeconds()).isNull();
    }
}
