package io.zhengtong.benchmarks;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.http.response.Response;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.time.Duration;
import java.util.function.Function;

/**
 * A request as the OA client sends it: refused for overload (503, problem type {@value #OVERLOADED},
 * which the platform answers before processing anything, so even a POST may go again), it is sent
 * once more after {@code Retry-After} (at most 5 s, 2 s if unusable). The benchmark so measures
 * what a user sees. The refused attempt is OK under the request's name (the service answered as
 * designed); the second attempt is {@code "<name> (retry)"}, KO if refused again. Any other 503 is
 * not retried and fails the request as before.
 */
final class OverloadRetry {

    static final String OVERLOADED = "urn:zhengtong:problem:overloaded";
    static final Duration USUAL_WAIT = Duration.ofSeconds(2);
    static final Duration LONGEST_WAIT = Duration.ofSeconds(5);

    private static final String REFUSED = "overloadRefused";
    private static final String RETRY_AFTER = "overloadRetryAfter";

    private OverloadRetry() {
    }

    /**
     * {@code request} builds the request under a given name (the same request both times); {@code
     * checks} are what a successful answer must satisfy, applied to any answer but an overload refusal.
     */
    static ChainBuilder retriedOnce(String name, Function<String, HttpRequestActionBuilder> request, CheckBuilder... checks) {
        return exec(session -> session.remove(REFUSED).remove(RETRY_AFTER))
            .exec(request.apply(name)
                .checkIf((response, session) -> !refusedForOverload(response)).then(checks)
                .checkIf((response, session) -> refusedForOverload(response))
                // A body check: Gatling keeps a response's body only for requests that have one.
                .then(jsonPath("$.type").is(OVERLOADED), status().is(503).saveAs(REFUSED),
                        header("Retry-After").optional().saveAs(RETRY_AFTER)))
            .doIf(session -> session.contains(REFUSED))
            .then(pause(session -> waitBeforeRetry(session.getString(RETRY_AFTER)))
                .exec(request.apply(name + " (retry)").check(checks)));
    }

    private static boolean refusedForOverload(Response response) {
        return refusedForOverload(response.status().code(), response.body().string());
    }

    static boolean refusedForOverload(int status, String body) {
        return status == 503 && body != null && body.matches("(?s).*\"type\"\\s*:\\s*\"" + OVERLOADED + "\".*");
    }

    /** Retry-After in seconds, at most {@link #LONGEST_WAIT}; {@link #USUAL_WAIT} when missing or not seconds. */
    static Duration waitBeforeRetry(String retryAfter) {
        String value = retryAfter == null ? "" : retryAfter.strip();
        if (!value.matches("\\d+")) {
            return USUAL_WAIT;
        }
        if (value.length() > 9) {
            return LONGEST_WAIT;
        }
        Duration asked = Duration.ofSeconds(Long.parseLong(value));
        return asked.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : asked;
    }
}
