package io.zhengtong.platform.events;

import org.apache.kafka.common.TopicPartition;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;

import io.micrometer.core.instrument.MeterRegistry;

/**
 * How a listener's failures are retried: {@link RetryLater} without limit (the dependency will
 * come back, and order per aggregate is kept), anything else a few times with growing pauses
 * and then parked on {@code <topic>.DLT} with the original bytes and headers, counted in
 * {@code zhengtong.events.dead.lettered}.
 */
final class ConsumerFailureHandling {

    private ConsumerFailureHandling() {
    }

    static DefaultErrorHandler errorHandler(KafkaOperations<Object, Object> template, EventsProperties properties,
            MeterRegistry meters) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(template, (record, failure) -> {
            meters.counter("zhengtong.events.dead.lettered", "topic", record.topic()).increment();
            return new TopicPartition(record.topic() + ".DLT", -1);
        });
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, limited(properties));
        BackOff unlimited = unlimited(properties);
        handler.setBackOffFunction((record, failure) -> isRetryLater(failure) ? unlimited : null);
        handler.setRetryListeners((record, failure, attempt) ->
                meters.counter("zhengtong.events.failed", "topic", record.topic()).increment());
        return handler;
    }

    static boolean isRetryLater(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof RetryLater) {
                return true;
            }
        }
        return false;
    }

    private static BackOff limited(EventsProperties properties) {
        ExponentialBackOff backOff = new ExponentialBackOff(500, 2.0);
        backOff.setMaxAttempts(properties.retries());
        return backOff;
    }

    private static BackOff unlimited(EventsProperties properties) {
        ExponentialBackOff backOff = new ExponentialBackOff(1000, 2.0);
        backOff.setMaxInterval(properties.retryMaxPause().toMillis());
        return backOff;
    }
}
