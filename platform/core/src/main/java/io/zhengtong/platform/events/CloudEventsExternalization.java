package io.zhengtong.platform.events;

import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.RoutingTarget;

/**
 * Which events leave the service and how they look on Kafka: every {@link IntegrationEvent},
 * to its contract's topic, keyed by aggregate id, with the CloudEvents binary-mode headers.
 * The headers are computed from the event itself, so a resubmitted event keeps its id.
 */
final class CloudEventsExternalization {

    private CloudEventsExternalization() {
    }

    static EventExternalizationConfiguration configuration(String source, String topicPrefix) {
        return EventExternalizationConfiguration.externalizing()
                .select(IntegrationEvent.class::isInstance)
                .route(IntegrationEvent.class,
                        event -> RoutingTarget.forTarget(topicPrefix + contractOf(event).topic()).andKey(event.aggregateId()))
                .headers(IntegrationEvent.class, event -> headers(event, source))
                .build();
    }

    static Map<String, Object> headers(IntegrationEvent event, String source) {
        return Map.of(
                "ce_specversion", "1.0",
                "ce_id", event.eventId().toString(),
                "ce_source", source,
                "ce_type", contractOf(event).type(),
                "ce_time", DateTimeFormatter.ISO_INSTANT.format(event.occurredAt()),
                "ce_subject", event.aggregateId(),
                "content-type", "application/json");
    }

    static EventContract contractOf(IntegrationEvent event) {
        EventContract contract = event.getClass().getAnnotation(EventContract.class);
        if (contract == null) {
            throw new IllegalStateException(event.getClass().getName() + " is an IntegrationEvent without @EventContract");
        }
        return contract;
    }
}
