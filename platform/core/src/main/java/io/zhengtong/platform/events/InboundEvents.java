package io.zhengtong.platform.events;

import java.time.Instant;
import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applies CloudEvents from Kafka exactly once per consumer: the event id is recorded in the
 * consumer's own database transaction, together with what the handler writes, so a redelivered
 * or resubmitted event is recognised and skipped. A handler that throws rolls both back and the
 * listener container retries (see {@link RetryLater} and the dead-letter topic).
 *
 * <p>Usage, in a {@code @KafkaListener(topics = "portal.articles")} method taking a
 * {@code ConsumerRecord<String, byte[]>}: {@code inboundEvents.apply(record, handlers)}.
 */
public class InboundEvents {

    public enum Outcome {
        APPLIED, DUPLICATE, IGNORED
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final MeterRegistry meters;

    public InboundEvents(JdbcTemplate jdbc, TransactionTemplate transaction, JsonMapper json, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.json = json;
        this.meters = meters;
    }

    public Outcome apply(ConsumerRecord<String, byte[]> record, EventHandlers handlers) {
        CloudEvent event = KafkaMessageFactory.createReader(record).toEvent();
        Optional<EventHandlers.Handler<?>> handler = handlers.handlerFor(event.getType());
        if (handler.isEmpty()) {
            return Outcome.IGNORED;
        }
        Outcome outcome = transaction.execute(status -> {
            if (!remember(handlers.consumer(), event.getId())) {
                return Outcome.DUPLICATE;
            }
            handle(handler.get(), event, record.key());
            return Outcome.APPLIED;
        });
        meters.counter("zhengtong.events.consumed", "consumer", handlers.consumer(), "type", event.getType(),
                "outcome", outcome.name().toLowerCase()).increment();
        return outcome;
    }

    private boolean remember(String consumer, String eventId) {
        try {
            jdbc.update("insert into processed_event (consumer, event_id, processed_at) values (?, ?, ?)", consumer,
                    eventId, java.sql.Timestamp.from(Instant.now()));
            return true;
        } catch (DuplicateKeyException alreadyProcessed) {
            return false;
        }
    }

    private <T> void handle(EventHandlers.Handler<T> handler, CloudEvent event, String key) {
        T data = json.readValue(event.getData() == null ? new byte[0] : event.getData().toBytes(), handler.dataType());
        Instant time = event.getTime() == null ? null : event.getTime().toInstant();
        handler.action().accept(new ReceivedEvent<>(event.getId(), event.getType(), event.getSource().toString(),
                key, time, data));
    }
}
