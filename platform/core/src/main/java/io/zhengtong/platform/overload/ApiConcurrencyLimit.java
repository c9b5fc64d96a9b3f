package io.zhengtong.platform.overload;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

/**
 * Works on a bounded number of API requests at once; the next ones wait briefly for a turn and
 * are otherwise answered 503 with {@code Retry-After} at once. With virtual threads nothing else
 * bounds them: past the machine's capacity every request queued for a database connection,
 * answered after the gateway had given up (5 s), and the work done for it was lost, so a little
 * overload made nearly every request fail. Refusing the excess early keeps the rest fast.
 * <p>
 * Entry requests (configured, e.g. the captcha of the letter form) start new work. They wait for a
 * turn only briefly ({@code entryWait}, a fraction of a second), then 503: work already under way
 * goes first. Past capacity, a refusal in the middle of a letter's handling wasted every step before
 * it; a refused entry has cost nothing yet, so the service keeps finishing what it has begun, and the
 * queue stays about as long as an entry may wait. Waiting not at all turned new letters away at
 * every passing burst, below capacity too.
 */
public final class ApiConcurrencyLimit extends OncePerRequestFilter {

    /** The problem type of a refusal; clients may send such a request once more after {@code Retry-After}. */
    public static final String PROBLEM_TYPE = "urn:zhengtong:problem:overloaded";

    private final Semaphore turns;
    private final long waitNanos;
    private final Set<String> entryRequests;
    private final long entryWaitNanos;
    private final JsonMapper json;
    private final Counter othersRefused;
    private final Counter entriesRefused;

    /**
     * @param entryRequests "METHOD /path" of the requests that start new work (exact paths)
     * @param entryWait how long those wait for a turn (instead of {@code wait})
     */
    ApiConcurrencyLimit(int concurrentRequests, Duration wait, Set<String> entryRequests, Duration entryWait,
            JsonMapper json, MeterRegistry meters) {
        this.turns = new Semaphore(concurrentRequests, true);
        this.waitNanos = wait.toNanos();
        this.entryRequests = Set.copyOf(entryRequests);
        this.entryWaitNanos = entryWait.toNanos();
        this.json = json;
        this.othersRefused = refusedCounter(meters, "other");
        this.entriesRefused = refusedCounter(meters, "entry");
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        boolean entry = entryRequests.contains(request.getMethod() + " " + request.getRequestURI());
        boolean turn;
        try {
            turn = turns.tryAcquire(entry ? entryWaitNanos : waitNanos, TimeUnit.NANOSECONDS);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            turn = false;
        }
        if (!turn) {
            (entry ? entriesRefused : othersRefused).increment();
            refuse(request, response);
            return;
        }
        try {
            chain.doFilter(request, response);
        }
        finally {
            turns.release();
        }
    }

    /** Tagged by kind: refused entries are expected past capacity, refused work under way is the alarm. */
    private static Counter refusedCounter(MeterRegistry meters, String request) {
        return Counter.builder("zhengtong.overload.refused")
            .description("API requests answered 503 because the service was working on too many at once")
            .tag("request", request)
            .register(meters);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "当前办理的请求较多，请稍候几秒再试。");
        problem.setTitle("系统繁忙");
        problem.setType(URI.create(PROBLEM_TYPE));
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, "2");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
