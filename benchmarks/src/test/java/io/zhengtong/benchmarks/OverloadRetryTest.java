package io.zhengtong.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class OverloadRetryTest {

    /** What the platform's ApiConcurrencyLimit answers (Spring's ProblemDetail as JSON). */
    private static final String REFUSAL = """
            {"type":"urn:zhengtong:problem:overloaded","title":"系统繁忙","status":503,
             "detail":"当前办理的请求较多，请稍候几秒再试。","instance":"/api/mailbox/letters/7/accept"}""";

    @Test
    void onlyTheOverloadRefusalIsSentAgainNotAnother503WhoseRequestMayHaveBeenDone() {
        assertTrue(OverloadRetry.refusedForOverload(503, REFUSAL));
        assertTrue(OverloadRetry.refusedForOverload(503, REFUSAL.replace("\"type\":", "\"type\" : ")));
        assertFalse(OverloadRetry.refusedForOverload(503, """
                {"type":"about:blank","title":"Service Unavailable","status":503}"""));
        assertFalse(OverloadRetry.refusedForOverload(503, "<html>gateway: service down</html>"));
        assertFalse(OverloadRetry.refusedForOverload(503, ""));
        assertFalse(OverloadRetry.refusedForOverload(503, null));
        assertFalse(OverloadRetry.refusedForOverload(429, REFUSAL.replace("503", "429")));
        // A letter whose text mentions the type is not a refusal.
        assertFalse(OverloadRetry.refusedForOverload(200, "{\"content\":\"urn:zhengtong:problem:overloaded\"}"));
    }

    @Test
    void theRetryWaitsWhatRetryAfterSaysAtMostFiveSecondsAndTwoWhenItSaysNothingUsable() {
        assertEquals(Duration.ofSeconds(2), OverloadRetry.waitBeforeRetry("2"));
        assertEquals(Duration.ofSeconds(4), OverloadRetry.waitBeforeRetry(" 4 "));
        assertEquals(Duration.ZERO, OverloadRetry.waitBeforeRetry("0"));
        assertEquals(Duration.ofSeconds(5), OverloadRetry.waitBeforeRetry("120"));
        assertEquals(Duration.ofSeconds(5), OverloadRetry.waitBeforeRetry("99999999999999999999"));
        assertEquals(Duration.ofSeconds(2), OverloadRetry.waitBeforeRetry(null));
        assertEquals(Duration.ofSeconds(2), OverloadRetry.waitBeforeRetry("-1"));
        assertEquals(Duration.ofSeconds(2), OverloadRetry.waitBeforeRetry("Wed, 21 Oct 2026 07:28:00 GMT"));
    }
}
