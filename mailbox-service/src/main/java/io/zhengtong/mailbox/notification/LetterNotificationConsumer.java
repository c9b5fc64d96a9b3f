package io.zhengtong.mailbox.notification;

import io.zhengtong.platform.events.EventHandlers;
import io.zhengtong.platform.events.InboundEvents;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Listens to the mailbox's own letter events in its own consumer group, after they left the
 * outbox, and only records the notices to send ({@link RecordingNotices}) in the transaction that
 * marks the event processed ({@link InboundEvents}): it never waits for a mail or SMS server, so
 * one that is down holds up no later event. {@link SendingDueNotices} sends them.
 *
 * <p>One consumer thread per partition of the topic ({@code zhengtong.events.partitions}, 3), or
 * {@code zhengtong.mailbox.notifications.concurrency}. That is safe: events are keyed by letter id,
 * so a letter's events stay in one partition and keep their order on one thread; the event id is
 * recorded in the thread's own transaction (a record redelivered to another thread after
 * a rebalance waits for that row and is then skipped as a duplicate); the handlers map, the plan
 * and the channels are only read after start-up; and no consumer thread talks to a mail or SMS
 * server (the sender has its own single thread).
 *
 * <p>A poll's records are applied in one transaction ({@link InboundEvents#applyAll}): the
 * handlers write only to the mailbox's database, so a failure rolls all of them back and they are
 * applied again one by one, the failing one retried or dead-lettered on its own.
 */
@Component
@ConditionalOnProperty(name = "zhengtong.mailbox.notifications.enabled", havingValue = "true", matchIfMissing = true)
class LetterNotificationConsumer {

    static final String CONSUMER = "mailbox-notifications";

    private final InboundEvents inbound;
    private final EventHandlers handlers;

    LetterNotificationConsumer(InboundEvents inbound, RecordingNotices recording) {
        this.inbound = inbound;
        EventHandlers handlers = EventHandlers.of(CONSUMER);
        for (Occasion occasion : Occasion.values()) {
            handlers.on(occasion.eventType(), LetterEventData.class, event -> recording.on(occasion, event));
        }
        this.handlers = handlers;
    }

    @KafkaListener(topics = "${zhengtong.events.topic-prefix:}mailbox.letters",
            groupId = "${zhengtong.mailbox.notifications.consumer-group:mailbox-notifications}",
            concurrency = "${zhengtong.mailbox.notifications.concurrency:${zhengtong.events.partitions:3}}", batch = "true")
    void on(List<ConsumerRecord<String, byte[]>> records) {
        inbound.applyAll(records, handlers);
    }
}
