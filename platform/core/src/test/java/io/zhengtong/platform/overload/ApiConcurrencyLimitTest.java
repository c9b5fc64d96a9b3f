package io.zhengtong.platform.overload;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.servlet.http.HttpServlet;
import tools.jackson.databind.json.JsonMapper;

class ApiConcurrencyLimitTest {

    private static final String CAPTCHA = "GET /api/mailbox/public/captcha";

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    /** One turn; the next request waits 100 ms for it (a test may wait longer). */
    private ApiConcurrencyLimit limit = oneTurn(Duration.ofMillis(100));
    private final CountDownLatch working = new CountDownLatch(1);
    private final CountDownLatch finish = new CountDownLatch(1);

    private ApiConcurrencyLimit oneTurn(Duration wait) {
        return new ApiConcurrencyLimit(1, wait, Set.of(CAPTCHA), Duration.ofMillis(50), new JsonMapper(), meters);
    }

    private double refused(String request) {
        return meters.get("zhengtong.overload.refused").tag("request", request).counter().count();
    }

    /** Each request on a thread of its own, as the service's virtual threads (the common pool may have only one worker). */
    private static CompletableFuture<MockHttpServletResponse> inParallel(Supplier<MockHttpServletResponse> request) {
        return CompletableFuture.supplyAsync(request, Thread::startVirtualThread);
    }

    /** A request the service is still working on, holding the only turn. */
    private CompletableFuture<MockHttpServletResponse> slowRequest() {
        HttpServlet slow = new HttpServlet() {
            @Override
            protected void service(jakarta.servlet.http.HttpServletRequest req, jakarta.servlet.http.HttpServletResponse res) {
                working.countDown();
                try {
                    finish.await(5, TimeUnit.SECONDS);
                }
                catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        return inParallel(() -> call("/api/mailbox/letters", new MockFilterChain(slow)));
    }

    /** A request sent while the slow one holds the turn: still waiting for it after 200 ms. */
    private CompletableFuture<MockHttpServletResponse> waitingForTheTurn(String method, String path) throws InterruptedException {
        CompletableFuture<MockHttpServletResponse> waiting = inParallel(() -> call(method, path, new MockFilterChain()));
        Thread.sleep(200);
        assertThat(waiting).as("waiting for the turn").isNotDone();
        return waiting;
    }

    private MockHttpServletResponse call(String path, MockFilterChain chain) {
        return call("POST", path, chain);
    }

    private MockHttpServletResponse call(String method, String path, MockFilterChain chain) {
        MockHttpServletResponse response = new MockHttpServletResponse();
        try {
            limit.doFilter(new MockHttpServletRequest(method, path), response, chain);
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return response;
    }

    @Test
    void aRequestBeyondTheLimitIsRefusedQuicklyWithAChineseProblemAndRetryAfter() throws Exception {
        CompletableFuture<MockHttpServletResponse> first = slowRequest();
        working.await(5, TimeUnit.SECONDS);

        MockHttpServletResponse second = call("/api/mailbox/letters", new MockFilterChain());

        assertThat(second.getStatus()).isEqualTo(503);
        assertThat(second.getHeader("Retry-After")).isEqualTo("2");
        assertThat(second.getContentType()).isEqualTo("application/problem+json");
        assertThat(second.getContentAsString(StandardCharsets.UTF_8))
            .contains("\"title\":\"系统繁忙\"", "urn:zhengtong:problem:overloaded");
        assertThat(refused("other")).isEqualTo(1);

        finish.countDown();
        assertThat(first.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
    }

    // Not entries: the letter itself is work under way (the citizen has written it), and only the
    // configured method of the captcha's path is one.
    @ParameterizedTest
    @ValueSource(strings = { "POST /api/mailbox/letters", "POST /api/mailbox/public/letters", "POST /api/mailbox/public/captcha" })
    void aRequestThatWaitsBrieflyForItsTurnIsServed(String request) throws Exception {
        limit = oneTurn(Duration.ofSeconds(5));
        CompletableFuture<MockHttpServletResponse> first = slowRequest();
        working.await(5, TimeUnit.SECONDS);
        String[] methodAndPath = request.split(" ");
        CompletableFuture<MockHttpServletResponse> second = waitingForTheTurn(methodAndPath[0], methodAndPath[1]);

        finish.countDown();

        assertThat(second.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
        assertThat(first.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
        assertThat(refused("other") + refused("entry")).isZero();
    }

    @Test
    void healthProbesAndWebsitePagesAreNotHeldBack() throws Exception {
        CompletableFuture<MockHttpServletResponse> first = slowRequest();
        working.await(5, TimeUnit.SECONDS);

        assertThat(call("/actuator/health/readiness", new MockFilterChain()).getStatus()).isEqualTo(200);
        assertThat(call("/mailbox/letters/new", new MockFilterChain()).getStatus()).isEqualTo(200);

        finish.countDown();
        first.get(5, TimeUnit.SECONDS);
    }

    @Test
    void anEntryRequestIsServedWhileATurnIsFree() {
        assertThat(call("GET", "/api/mailbox/public/captcha", new MockFilterChain()).getStatus()).isEqualTo(200);
        assertThat(refused("other") + refused("entry")).isZero();
    }

    @Test
    void anEntryRequestWaitsOnlyBrieflyWhileWorkUnderWayWaitsForItsTurn() throws Exception {
        limit = oneTurn(Duration.ofSeconds(5));
        CompletableFuture<MockHttpServletResponse> first = slowRequest();
        working.await(5, TimeUnit.SECONDS);
        CompletableFuture<MockHttpServletResponse> waiting = waitingForTheTurn("POST", "/api/mailbox/letters/1/reply");

        // Answered within a second although the turn stays taken: the entry waits 50 ms, not 5 s.
        MockHttpServletResponse entry = inParallel(() -> call("GET", "/api/mailbox/public/captcha", new MockFilterChain()))
            .get(1, TimeUnit.SECONDS);

        assertThat(entry.getStatus()).isEqualTo(503);
        assertThat(entry.getHeader("Retry-After")).isEqualTo("2");
        assertThat(entry.getContentAsString(StandardCharsets.UTF_8)).contains("\"title\":\"系统繁忙\"");
        assertThat(refused("entry")).isEqualTo(1);
        assertThat(refused("other")).isZero();
        finish.countDown();
        assertThat(waiting.get(5, TimeUnit.SECONDS).getStatus()).as("the work under way").isEqualTo(200);
        assertThat(first.get(5, TimeUnit.SECONDS).getStatus()).isEqualTo(200);
    }
}
