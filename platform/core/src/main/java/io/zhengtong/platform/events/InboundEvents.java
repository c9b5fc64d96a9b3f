package io.zhengtong.platform.events;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.listener.BatchListenerFailedException;
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
 * {@code ConsumerRecord<String, byte[]>}: {@code inboundEvents.apply(record, handlers)}. A
 * consumer whose handlers only write to its database may take a poll's records at once
 * ({@code @KafkaListener(batch = "true")}, a {@code List<ConsumerRecord<String, byte[]>>}) and
 * {@link #applyAll} them in one transaction.
 */
public class InboundEvents {

    private static final Logger log = LoggerFactory.getLogger(InboundEvents.class);

    /** The width of {@code processed_event.event_id}: a longer id is left to {@link #apply}, which fails on it as before. */
    private static final int MAX_EVENT_ID = 64;

    public enum Outcome {
        APPLIED, DUPLICATE, IGNORED
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final MeterRegistry meters;
    /** False once the database turned out not to know {@code INSERT ... RETURNING}. */
    private volatile boolean together = true;

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
        count(handlers, event.getType(), outcome);
        return outcome;
    }

    /**
     * Applies a poll's records in one transaction: their event ids are recorded with one statement
     * (ids already recorded, or twice in the poll, are skipped as duplicates), then the handlers run
     * in the records' order. Cheaper than {@link #apply} per record by a transaction and a statement
     * per event, so only for handlers that write nothing but the consumer's database (all of it is
     * rolled back together).
     *
     * <p>If anything fails (a handler throws, two consumers race for an id after a rebalance, a
     * deadlock) nothing of the poll is kept and the records are applied one by one with
     * {@link #apply}, in order. The record that fails then is thrown as a
     * {@link BatchListenerFailedException}: the listener container's error handler commits the
     * records before it and retries or dead-letters it as it would a single record's failure
     * ({@link RetryLater}, the dead-letter topic); the records after it are delivered again.
     */
    public void applyAll(List<ConsumerRecord<String, byte[]>> records, EventHandlers handlers) {
        if (!together) {
            applyOneByOne(records, handlers);
            return;
        }
        List<Applied> outcomes;
        try {
            List<Received> received = read(records, handlers);
            outcomes = received.stream().anyMatch(Received::handled)
                    ? transaction.execute(status -> applyTogether(received, handlers.consumer()))
                    : received.stream().map(r -> new Applied(r.event().getType(), Outcome.IGNORED)).toList();
        } catch (RuntimeException failure) {
            log.info("Applying {} records of {} together failed, applying them one by one: {}", records.size(),
                    handlers.consumer(), failure.toString());
            applyOneByOne(records, handlers);
            return;
        }
        outcomes.forEach(applied -> count(handlers, applied.type(), applied.outcome()));
    }

    private void applyOneByOne(List<ConsumerRecord<String, byte[]>> records, EventHandlers handlers) {
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                apply(record, handlers);
            } catch (RuntimeException recordFailure) {
                throw new BatchListenerFailedException("Applying the event of " + record.topic() + "-"
                        + record.partition() + "@" + record.offset() + " failed", recordFailure, record);
            }
        }
    }

    private record Applied(String type, Outcome outcome) {
    }

    /** A record read as a CloudEvent, with the handler of its type ({@code null}: not one this consumer handles). */
    private record Received(ConsumerRecord<String, byte[]> record, CloudEvent event, EventHandlers.Handler<?> handler) {

        boolean handled() {
            return handler != null;
        }
    }

    private static List<Received> read(List<ConsumerRecord<String, byte[]>> records, EventHandlers handlers) {
        List<Received> received = new ArrayList<>(records.size());
        for (ConsumerRecord<String, byte[]> record : records) {
            CloudEvent event = KafkaMessageFactory.createReader(record).toEvent();
            EventHandlers.Handler<?> handler = handlers.handlerFor(event.getType()).orElse(null);
            if (handler != null && event.getId().length() > MAX_EVENT_ID) {
                throw new IllegalArgumentException("Event id longer than " + MAX_EVENT_ID + " characters: " + event.getId());
            }
            received.add(new Received(record, event, handler));
        }
        return received;
    }

    private List<Applied> applyTogether(List<Received> received, String consumer) {
        Set<String> firstSeen = rememberAll(consumer,
                received.stream().filter(Received::handled).map(r -> r.event().getId()).toList());
        List<Applied> outcomes = new ArrayList<>(received.size());
        for (Received r : received) {
            Outcome outcome = !r.handled() ? Outcome.IGNORED
                    : firstSeen.remove(r.event().getId()) ? Outcome.APPLIED : Outcome.DUPLICATE;
            if (outcome == Outcome.APPLIED) {
                handle(r.handler(), r.event(), r.record().key());
            }
            outcomes.add(new Applied(r.event().getType(), outcome));
        }
        return outcomes;
    }

    /**
     * Records the ids not recorded yet and answers them, in one statement ({@code INSERT IGNORE ...
     * RETURNING}, MariaDB): an id recorded by a transaction still open elsewhere waits for it, then
     * counts as recorded if it committed. The ids are checked above not to be truncated. A database
     * without {@code RETURNING} (MySQL) makes every poll apply its records one by one from then on.
     */
    private Set<String> rememberAll(String consumer, List<String> eventIds) {
        Timestamp now = Timestamp.from(Instant.now());
        List<Object> arguments = new ArrayList<>(eventIds.size() * 3);
        for (String eventId : eventIds) {
            arguments.add(consumer);
            arguments.add(eventId);
            arguments.add(now);
        }
        String rows = eventIds.stream().map(id -> "(?, ?, ?)").collect(Collectors.joining(", "));
        try {
            return new HashSet<>(jdbc.queryForList("insert ignore into processed_event (consumer, event_id, processed_at) "
                    + "values " + rows + " returning event_id", String.class, arguments.toArray()));
        } catch (BadSqlGrammarException noReturning) {
            together = false;
            log.warn("The database cannot record event ids with INSERT ... RETURNING; applying records one by one: {}",
                    noReturning.getMessage());
            throw noReturning;
        }
    }

    private void count(EventHandlers handlers, String type, Outcome outcome) {
        meters.counter("zhengtong.events.consumed", "consumer", handlers.consumer(), "type", type,
                "outcome", outcome.name().toLowerCase()).increment();
    }

    private boolean remember(String consumer, String eventId) {
        try {
            jdbc.update("insert into processed_event (consumer, event_id, processed_at) values (?, ?, ?)", consumer,
                    eventId, Timestamp.from(Instant.now()));
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
