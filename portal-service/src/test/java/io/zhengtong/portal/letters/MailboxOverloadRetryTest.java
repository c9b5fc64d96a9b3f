package io.zhengtong.portal.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.List;
import java.util.Map;

import feign.Client;
import feign.Feign;
import feign.FeignException;
import feign.Headers;
import feign.Param;
import feign.Request;
import feign.RequestLine;
import feign.Response;
import org.junit.jupiter.api.Test;

/**
 * The website's mailbox client, with mailbox-service played by scripted answers and the wait
 * before a retry only recorded: only an overload refusal is sent once more, after Retry-After.
 */
class MailboxOverloadRetryTest {

    interface Letters {
        @RequestLine("POST /letters")
        @Headers("Content-Type: application/json")
        String submit(String letter);

        @RequestLine("GET /letters/{code}")
        String track(@Param("code") String code);
    }

    private static final String OVERLOADED = """
            {"type":"urn:zhengtong:problem:overloaded","title":"系统繁忙","status":503,"detail":"请稍后再试"}""";

    private final Deque<Answer> answers = new ArrayDeque<>();
    private final List<Request> sent = new ArrayList<>();
    private final List<Duration> waits = new ArrayList<>();

    private record Answer(int status, String body, Map<String, Collection<String>> headers, IOException failure) {
    }

    private final Letters mailbox = Feign.builder()
        .client(this::answer)
        .errorDecoder(new MailboxApiConfiguration().mailboxErrorDecoder())
        .retryer(new MailboxOverloadRetry(waits::add))
        .target(Letters.class, "http://mailbox.test/api/mailbox/public");

    private Response answer(Request request, Request.Options options) throws IOException {
        sent.add(request);
        Answer answer = answers.removeFirst();
        if (answer.failure() != null) {
            throw answer.failure();
        }
        return Response.builder().status(answer.status()).reason("status " + answer.status()).request(request)
            .headers(answer.headers()).body(answer.body(), StandardCharsets.UTF_8).build();
    }

    private void then(int status, String body, String... headerPairs) {
        Map<String, Collection<String>> headers = new java.util.HashMap<>();
        headers.put("Content-Type", List.of(status >= 400 ? "application/problem+json" : "application/json"));
        for (int i = 0; i < headerPairs.length; i += 2) {
            headers.put(headerPairs[i], List.of(headerPairs[i + 1]));
        }
        answers.add(new Answer(status, body, headers, null));
    }

    @Test
    void aLetterRefusedAsOverloadedIsSentOnceMoreAfterTheSecondsTheMailboxAskedForAndTheCitizenGetsTheReceipt() {
        then(503, OVERLOADED, "Retry-After", "3");
        then(200, "{\"trackingCode\":\"ABCD-EFGH-JKLM\"}");

        String receipt = mailbox.submit("{\"subject\":\"路灯不亮\"}");

        assertThat(receipt).contains("ABCD-EFGH-JKLM");
        assertThat(waits).containsExactly(Duration.ofSeconds(3));
        assertThat(sent).hasSize(2);
        assertThat(sent).allSatisfy(request -> {
            assertThat(request.httpMethod()).isEqualTo(Request.HttpMethod.POST);
            assertThat(new String(request.body(), StandardCharsets.UTF_8)).isEqualTo("{\"subject\":\"路灯不亮\"}");
        });
    }

    @Test
    void aSecondOverloadRefusalIsNotRetriedAgainButFailsAsAnUnavailableMailbox() {
        then(503, OVERLOADED, "Retry-After", "2");
        then(503, OVERLOADED, "Retry-After", "2");
        then(200, "{\"trackingCode\":\"never asked\"}");

        assertThatThrownBy(() -> mailbox.track("ABCD-EFGH-JKLM")).isInstanceOf(FeignException.class)
            .satisfies(failure -> assertThat(((FeignException) failure).status()).isEqualTo(503))
            .isNotInstanceOf(MailboxRefusal.class);
        assertThat(sent).hasSize(2);
        assertThat(waits).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void everyCallHasItsOwnRetry() {
        then(503, OVERLOADED, "Retry-After", "1");
        then(200, "\"first\"");
        then(503, OVERLOADED, "Retry-After", "1");
        then(200, "\"second\"");

        assertThat(mailbox.track("A")).isEqualTo("\"first\"");
        assertThat(mailbox.track("B")).isEqualTo("\"second\"");
        assertThat(sent).hasSize(4);
    }

    @Test
    void aLetterRefusedWithAnotherServiceUnavailableIsNotSentTwiceBecauseItMayHaveBeenReceived() {
        then(503, """
                {"type":"about:blank","title":"Service Unavailable","status":503}""", "Retry-After", "1");
        then(200, "{\"trackingCode\":\"a duplicate\"}");

        assertThatThrownBy(() -> mailbox.submit("{\"subject\":\"路灯不亮\"}")).isInstanceOf(FeignException.class)
            .satisfies(failure -> assertThat(((FeignException) failure).status()).isEqualTo(503));
        assertThat(sent).hasSize(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void aServiceUnavailableWithoutAProblemDetailIsNotRetried() {
        then(503, "<html>down</html>", "Content-Type", "text/html");
        then(200, "\"never asked\"");

        assertThatThrownBy(() -> mailbox.track("A")).isInstanceOf(FeignException.class);
        assertThat(sent).hasSize(1);
    }

    @Test
    void aConnectionFailureIsNotRetried() {
        answers.add(new Answer(0, null, Map.of(), new IOException("Connection reset")));
        then(200, "\"never asked\"");

        assertThatThrownBy(() -> mailbox.submit("{}")).isInstanceOf(FeignException.class);
        assertThat(sent).hasSize(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void aTooManyLettersRefusalStillReachesThePageAsARefusalWithoutRetry() {
        then(429, """
                {"type":"urn:zhengtong:problem:too-many-letters","title":"提交过于频繁","status":429,"detail":"请一小时后再试"}""",
                "Retry-After", "3600");

        assertThatThrownBy(() -> mailbox.submit("{}")).isInstanceOfSatisfying(MailboxRefusal.class, refusal -> {
            assertThat(refusal.code()).isEqualTo("too-many-letters");
            assertThat(refusal.retryAfterSeconds()).isEqualTo(3600L);
        });
        assertThat(sent).hasSize(1);
    }

    @Test
    void theWaitIsWhatRetryAfterSaysButAtMostFiveSecondsAndTwoWhenItSaysNothingUsable() {
        assertThat(MailboxOverloadRetry.waitBeforeRetry(List.of("4"))).isEqualTo(Duration.ofSeconds(4));
        assertThat(MailboxOverloadRetry.waitBeforeRetry(List.of("0"))).isEqualTo(Duration.ZERO);
        assertThat(MailboxOverloadRetry.waitBeforeRetry(List.of("120"))).isEqualTo(Duration.ofSeconds(5));
        assertThat(MailboxOverloadRetry.waitBeforeRetry(null)).isEqualTo(Duration.ofSeconds(2));
        assertThat(MailboxOverloadRetry.waitBeforeRetry(List.of())).isEqualTo(Duration.ofSeconds(2));
        assertThat(MailboxOverloadRetry.waitBeforeRetry(List.of("-1"))).isEqualTo(Duration.ofSeconds(2));
        assertThat(MailboxOverloadRetry.waitBeforeRetry(List.of("Wed, 21 Oct 2026 07:28:00 GMT")))
            .isEqualTo(Duration.ofSeconds(2));
    }
}
