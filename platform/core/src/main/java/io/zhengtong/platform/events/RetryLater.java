package io.zhengtong.platform.events;

/**
 * Thrown by an event handler when something it needs is down for now (Elasticsearch, another
 * service): the record is retried with a growing pause, without limit, and never parked on the
 * dead-letter topic. Any other exception is retried a few times and then dead-lettered.
 */
public class RetryLater extends RuntimeException {

    public RetryLater(String message, Throwable cause) {
        super(message, cause);
    }
}
