package io.zhengtong.portal.letters;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Collection;

import feign.RetryableException;
import feign.Response;
import feign.Retryer;
import feign.codec.ErrorDecoder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import io.zhengtong.platform.overload.ApiConcurrencyLimit;

/**
 * Sends a mailbox call once more when mailbox-service refused it for overload (503, problem type
 * {@value #OVERLOADED}), after the {@code Retry-After} it asked for. The platform refuses such a
 * request before processing it, so even a citizen's letter (a POST) is safe to send again; any
 * other failure (a 503 without that type, a timeout, a refused connection) may have done something
 * and is not retried. A second refusal fails as before: the page shows its friendly notice.
 */
final class MailboxOverloadRetry implements Retryer {

    static final String OVERLOADED = ApiConcurrencyLimit.PROBLEM_TYPE;

    /** Waited when {@code Retry-After} is missing or not seconds: what the platform sends. */
    static final Duration USUAL_WAIT = Duration.ofSeconds(2);

    /** The longest a citizen's page waits for its one retry, whatever the service asks. */
    static final Duration LONGEST_WAIT = Duration.ofSeconds(5);

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Waits before the retry; tests pass one that only records. */
    interface Sleeper {
        void sleep(Duration duration) throws InterruptedException;
    }

    private final Sleeper sleeper;
    private boolean retried;

    MailboxOverloadRetry() {
        this(Thread::sleep);
    }

    MailboxOverloadRetry(Sleeper sleeper) {
        this.sleeper = sleeper;
    }

    @Override
    public void continueOrPropagate(RetryableException failure) {
        if (!(failure instanceof Overloaded overloaded) || retried) {
            throw failure;
        }
        retried = true;
        try {
            sleeper.sleep(overloaded.wait);
        }
        catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw failure;
        }
    }

    /** Feign clones the retryer for every call: each call gets its own one retry. */
    @Override
    public Retryer clone() {
        return new MailboxOverloadRetry(sleeper);
    }

    /**
     * The error decoder's part for 5xx: an overload refusal becomes {@link Overloaded}, the only
     * failure this retryer retries; anything else goes to {@code otherwise} as it came.
     */
    static Exception decode(String methodKey, Response response, ErrorDecoder otherwise) {
        if (response.status() != 503 || response.body() == null) {
            return otherwise.decode(methodKey, response);
        }
        byte[] body;
        try (InputStream in = response.body().asInputStream()) {
            body = in.readNBytes(64 * 1024);
        }
        catch (IOException unreadable) {
            return otherwise.decode(methodKey, response.toBuilder().body(new byte[0]).build());
        }
        Response read = response.toBuilder().body(body).build();
        if (!OVERLOADED.equals(problemType(body))) {
            return otherwise.decode(methodKey, read);
        }
        return new Overloaded(read, body, waitBeforeRetry(response.headers().get("Retry-After")));
    }

    /** Retry-After in seconds, at most {@link #LONGEST_WAIT}; {@link #USUAL_WAIT} when missing or not seconds. */
    static Duration waitBeforeRetry(Collection<String> retryAfter) {
        Long seconds = MailboxApiConfiguration.retryAfter(retryAfter);
        if (seconds == null || seconds < 0) {
            return USUAL_WAIT;
        }
        return seconds > LONGEST_WAIT.toSeconds() ? LONGEST_WAIT : Duration.ofSeconds(seconds);
    }

    private static String problemType(byte[] body) {
        try {
            JsonNode type = JSON.readTree(body).path("type");
            return type.isString() ? type.asString() : null;
        }
        catch (RuntimeException notAProblem) {
            return null;
        }
    }

    /** mailbox-service refused the call for overload before processing it. */
    static final class Overloaded extends RetryableException {

        private static final long serialVersionUID = 1L;

        private final Duration wait;

        Overloaded(Response response, byte[] body, Duration wait) {
            super(response.status(), "mailbox-service is overloaded (" + OVERLOADED + ")",
                    response.request().httpMethod(), (Long) null, response.request(), body, response.headers());
            this.wait = wait;
        }

        Duration waitBeforeRetry() {
            return wait;
        }
    }
}
