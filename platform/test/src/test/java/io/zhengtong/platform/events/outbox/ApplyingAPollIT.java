package io.zhengtong.platform.events.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import io.zhengtong.platform.events.EventHandlers;
import io.zhengtong.platform.events.InboundEvents;
import io.zhengtong.platform.events.RetryLater;
import io.zhengtong.platform.events.outbox.OutboxTestApplication.Changes;
import io.zhengtong.platform.test.IntegrationTest;

/**
 * A poll's records applied in one transaction ({@link InboundEvents#applyAll}) on the real MariaDB:
 * each event takes effect once however often it comes, and a record that fails holds up only
 * itself and what comes after it.
 */
@IntegrationTest
class ApplyingAPollIT {

    @Autowired
    InboundEvents inbound;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Changes changes;

    @Autowired
    PlatformTransactionManager transactions;

    private final String consumer = "poll-applier-" + UUID.randomUUID();
    private final Set<String> failing = ConcurrentHashMap.newKeySet();
    private long offset;

    record Data(String changeId) {
    }

    @Test
    void anEventDeliveredTwiceInOnePollTakesEffectOnce() {
        Change a = change();
        Change b = change();
        Change c = change();

        inbound.applyAll(List.of(record(a), record(b), record(a), record(c)), handlers());

        assertThat(applied(a, b, c)).containsExactly(1, 1, 1);
        assertThat(processedIds()).containsExactlyInAnyOrder(a.eventId(), b.eventId(), c.eventId());
    }

    @Test
    void anEventAppliedInAnEarlierPollIsSkipped() {
        Change a = change();
        Change b = change();
        inbound.applyAll(List.of(record(a)), handlers());

        inbound.applyAll(List.of(record(a), record(b)), handlers());
        inbound.apply(record(b), handlers());

        assertThat(applied(a, b)).containsExactly(1, 1);
    }

    @Test
    void aFailingRecordKeepsTheOnesBeforeItAndIsHandedToTheErrorHandlerAlone() {
        Change a = change();
        Change b = change();
        Change c = change();
        ConsumerRecord<String, byte[]> failingRecord = record(b);
        failing.add(b.id());

        assertThatThrownBy(() -> inbound.applyAll(List.of(record(a), failingRecord, record(c)), handlers()))
            .isInstanceOfSatisfying(BatchListenerFailedException.class, failure -> {
                assertThat(failure.getRecord()).isSameAs(failingRecord);
                assertThat(failure.getCause()).isInstanceOf(RetryLater.class);
            });
        // The error handler commits the records before the failing one; it and the rest come again.
        assertThat(applied(a, b, c)).containsExactly(1, 0, 0);
        assertThat(processedIds()).containsExactly(a.eventId());

        failing.clear();
        inbound.applyAll(List.of(record(b), record(c)), handlers());

        assertThat(applied(a, b, c)).containsExactly(1, 1, 1);
    }

    @Test
    void anEventAnotherConsumerThreadIsApplyingIsSkippedOnceThatCommits() throws Exception {
        Change a = change();
        Change b = change();
        CountDownLatch recorded = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // The thread that had the partition before a rebalance: a's id recorded, not yet committed.
        CompletableFuture<Void> previousOwner = CompletableFuture.runAsync(() -> new TransactionTemplate(transactions)
            .executeWithoutResult(tx -> {
                jdbc.update("insert into processed_event (consumer, event_id, processed_at) values (?, ?, now(6))", consumer,
                        a.eventId());
                jdbc.update("update recorded_change set applied = applied + 1 where id = ?", a.id());
                recorded.countDown();
                await(release);
            }));
        assertThat(recorded.await(30, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Void> newOwner = CompletableFuture
            .runAsync(() -> inbound.applyAll(List.of(record(a), record(b)), handlers()));
        Thread.sleep(500);
        assertThat(newOwner).isNotDone(); // waits for the row a's id is in
        release.countDown();
        previousOwner.get(30, TimeUnit.SECONDS);
        newOwner.get(30, TimeUnit.SECONDS);

        assertThat(applied(a, b)).containsExactly(1, 1);
    }

    private EventHandlers handlers() {
        return EventHandlers.of(consumer).on(OutboxTestApplication.CHANGE_RECORDED, Data.class, event -> {
            if (failing.contains(event.data().changeId())) {
                throw new RetryLater("the search index is down", null);
            }
            jdbc.update("update recorded_change set applied = applied + 1 where id = ?", event.data().changeId());
        });
    }

    private Change change() {
        return new Change(changes.recordWithoutEvent(), UUID.randomUUID().toString());
    }

    private record Change(String id, String eventId) {
    }

    private ConsumerRecord<String, byte[]> record(Change change) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>("platformtest.poll", 0, offset++, change.id(),
                ("{\"changeId\":\"" + change.id() + "\"}").getBytes(StandardCharsets.UTF_8));
        Changes.addEventHeaders(record.headers(), change.eventId());
        return record;
    }

    private List<Integer> applied(Change... these) {
        List<Integer> counts = new ArrayList<>();
        for (Change change : these) {
            counts.add(changes.applied(change.id()));
        }
        return counts;
    }

    private List<String> processedIds() {
        return jdbc.queryForList("select event_id from processed_event where consumer = ?", String.class, consumer);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
