package io.zhengtong.platform.events;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Sends again what the outbox could not relay (Kafka down, a send timed out). Spring Modulith
 * 2.0 does not retry failed publications by itself, so this runs periodically. Only FAILED ones:
 * resubmitting publications still in flight would pile up copies in the producer while Kafka is
 * down. Publications stuck in flight (an instance died mid-send) are marked failed by Modulith's
 * staleness check ({@code spring.modulith.events.staleness.*}) and then come back here. An event
 * can still go out twice (a send that timed out may have been written): consumers deduplicate.
 */
class OutboxResubmission {

    private static final Logger log = LoggerFactory.getLogger(OutboxResubmission.class);

    private final ObjectProvider<FailedEventPublications> failed;
    private final ResubmissionOptions options;

    OutboxResubmission(ObjectProvider<FailedEventPublications> failed, Duration minAge) {
        this.failed = failed;
        this.options = ResubmissionOptions.defaults().withMinAge(minAge);
    }

    @Scheduled(fixedDelayString = "${zhengtong.events.resubmit-every:PT10S}",
            initialDelayString = "${zhengtong.events.resubmit-every:PT10S}")
    void resubmit() {
        try {
            failed.ifAvailable(publications -> publications.resubmit(options));
        }
        catch (RuntimeException e) {
            // The database may be briefly unavailable too; the next round tries again.
            log.warn("Resubmitting failed event publications failed: {}", e.toString());
        }
    }
}
