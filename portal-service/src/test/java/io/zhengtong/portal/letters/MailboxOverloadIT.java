package io.zhengtong.portal.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.client.RestClient;

import io.zhengtong.platform.test.IntegrationTest;

/**
 * The mailbox pages while mailbox-service refuses requests for overload (系统繁忙): the website asks
 * once more after Retry-After. The list of mailboxes is not kept here, so each test's page asks.
 */
@IntegrationTest
@TestPropertySource(properties = "zhengtong.portal.mailbox-list-fresh=0s")
class MailboxOverloadIT {

    static final StubMailbox MAILBOX = StubMailbox.start();

    static final String MAILBOXES_PATH = "GET /api/mailbox/public/mailboxes";

    static final String OVERLOADED = """
            {"type":"urn:zhengtong:problem:overloaded","title":"系统繁忙","status":503,"detail":"请稍后再试"}""";

    @DynamicPropertySource
    static void mailboxAddress(DynamicPropertyRegistry registry) {
        registry.add("zhengtong.services.mailbox", MAILBOX::url);
    }

    @LocalServerPort
    int port;

    private ResponseEntity<String> page(String path) {
        return RestClient.builder()
            .requestFactory(new JdkClientHttpRequestFactory(java.net.http.HttpClient.newHttpClient()))
            .baseUrl("http://127.0.0.1:" + port)
            .defaultStatusHandler(status -> true, (request, response) -> { })
            .build()
            .get().uri(path).accept(MediaType.TEXT_HTML).retrieve().toEntity(String.class);
    }

    private long mailboxCalls() {
        return MAILBOX.requests().stream().filter(r -> (r.method() + " " + r.path()).equals(MAILBOXES_PATH)).count();
    }

    @Test
    void whenTheMailboxIsNoLongerBusyAtTheRetryTheCitizenSeesTheMailboxes() throws Exception {
        MAILBOX.answer(MAILBOXES_PATH, 503, OVERLOADED, Map.of("Retry-After", "1"));
        long before = mailboxCalls();
        // The mailbox gets its breath back as soon as it has refused the first request.
        CompletableFuture<Void> recovers = CompletableFuture.runAsync(() -> {
            long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (mailboxCalls() == before && System.nanoTime() < giveUp) {
                Thread.onSpinWait();
            }
            MAILBOX.answer(MAILBOXES_PATH, 200, """
                    [{"code":"county-head","name":"县长信箱","periods":[]}]""");
        });

        ResponseEntity<String> page = page("/mailbox");

        recovers.get(5, TimeUnit.SECONDS);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("县长信箱");
        assertThat(mailboxCalls() - before).isEqualTo(2);
    }

    @Test
    void whenTheMailboxRefusesTheRetryTooTheCitizenSeesTheFriendlyNoticeAfterOneRetry() {
        MAILBOX.answer(MAILBOXES_PATH, 503, OVERLOADED, Map.of("Retry-After", "1"));
        long before = mailboxCalls();

        ResponseEntity<String> page = page("/mailbox");

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(page.getBody()).contains("领导信箱暂时无法访问", "请稍后再试");
        assertThat(mailboxCalls() - before).isEqualTo(2);
    }

    @Test
    void anotherServiceUnavailableIsNotRetried() {
        MAILBOX.answer(MAILBOXES_PATH, 503, """
                {"type":"about:blank","title":"Service Unavailable","status":503}""", Map.of("Retry-After", "1"));
        long before = mailboxCalls();

        ResponseEntity<String> page = page("/mailbox");

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(page.getBody()).contains("领导信箱暂时无法访问");
        assertThat(mailboxCalls() - before).isEqualTo(1);
    }

    @Test
    void aBusyMailboxDoesNotCutTheWebsiteOffFromIt() {
        // Busy again at each retry, as when mailbox-service turns new letter forms away under load.
        MAILBOX.answer(MAILBOXES_PATH, 503, OVERLOADED, Map.of("Retry-After", "0"));
        for (int i = 0; i < 12; i++) {
            assertThat(page("/mailbox").getBody()).contains("领导信箱暂时无法访问");
        }
        MAILBOX.answer(MAILBOXES_PATH, 200, """
                [{"code":"county-head","name":"县长信箱","periods":[]}]""");

        // Had the refusals counted as failures, the circuit breaker would now answer for 15 s without asking.
        ResponseEntity<String> page = page("/mailbox");

        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("县长信箱");
    }
}
