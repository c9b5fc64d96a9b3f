package io.zhengtong.platform.events;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Sends again what the outbox could not relay (Kafka down, a send timed out). Spring Modulith
 * 2.0 retries only at start-up, so this runs periodically. An incomplete publication may still be
 * in flight, so an event can go out twice: consumers deduplicate by event id.
 */
class OutboxResubmission {

    private static final Logger log = LoggerFactory.getLogger(OutboxResubmission.class);

    private final IncompleteEventPublications incomplete;
    private final Duration olderThan;

    OutboxResubmission(IncompleteEventPublications incomplete, Duration olderThan) {
        this.incomplete = incomplete;
        this.olderThan = olderThan;
    }

    @Scheduled(fixedDelayString = "${zhengtong.events.resubmit-every:PT10S}",
            initialDelayString = "${zhengtong.events.resubmit-every:PT10S}")
    void resubmit() {
        try {
            incomplete.resubmitIncompletePublicationsOlderThan(olderThan);
        } catch (RuntimeException e) {
            // The database may be briefly unavailable too; the next round tries again.
            log.warn("Resubmitting incomplete event publications failed: {}", e.toString());
        }
    }
}
