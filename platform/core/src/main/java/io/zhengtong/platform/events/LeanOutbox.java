package io.zhengtong.platform.events;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.modulith.events.EventPublication.Status;
import org.springframework.modulith.events.core.EventPublicationRepository;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;

/**
 * The outbox table with two round trips less per event. Spring Modulith writes every publication
 * three times, each in a transaction of its own: stored with the state change, marked
 * PROCESSING when the relay starts, deleted once Kafka acknowledged it. With eight events per
 * letter lifecycle those last two were a third of the mailbox's statements.
 * <ul>
 * <li>PROCESSING is not recorded: the relay is one Kafka send that succeeds or fails within
 * seconds, and a publication stuck as PUBLISHED is picked up by the same staleness check
 * ({@code spring.modulith.events.staleness.published}) a stuck PROCESSING one would be.</li>
 * <li>Acknowledged publications are deleted in batches, a few times a second. One that an
 * instance dies before deleting looks stuck, is resubmitted and reaches Kafka twice, which
 * consumers already have to bear ({@link InboundEvents} applies an event once).</li>
 * </ul>
 * The deletes run under READ COMMITTED ({@code deleting}; {@link ReadCommittedDeletes}): under
 * MariaDB's default REPEATABLE READ an id no longer there locked the gap where it was, and a
 * transaction storing a new event into that gap deadlocked (seen in CI).
 * Used only with {@code spring.modulith.events.completion-mode=delete} (the platform default).
 */
class LeanOutbox implements EventPublicationRepository, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(LeanOutbox.class);

    /** Beyond this many waiting deletes (the database unreachable for long) new ones are dropped: resubmitted later, deduplicated by consumers. */
    private static final int MAX_WAITING = 100_000;

    private final EventPublicationRepository delegate;
    private final ConcurrentLinkedQueue<UUID> completed = new ConcurrentLinkedQueue<>();
    private final AtomicInteger waiting = new AtomicInteger();
    private final ScheduledExecutorService deleter;
    private final Consumer<List<UUID>> deleting;
    private final int batchSize;

    /** @param deleting deletes the entries with these ids under READ COMMITTED */
    LeanOutbox(EventPublicationRepository delegate, Consumer<List<UUID>> deleting, Duration deleteEvery, int batchSize) {
        this.delegate = delegate;
        this.deleting = deleting;
        this.batchSize = batchSize;
        this.deleter = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("outbox-deleter").factory());
        long period = deleteEvery.toMillis();
        deleter.scheduleWithFixedDelay(this::deleteCompleted, period, period, TimeUnit.MILLISECONDS);
    }

    @Override
    public void markProcessing(UUID identifier) {
        // Deliberately not recorded: see the class comment.
    }

    @Override
    public void markCompleted(UUID identifier, Instant completionDate) {
        if (waiting.incrementAndGet() > MAX_WAITING) {
            waiting.decrementAndGet();
            return;
        }
        completed.add(identifier);
    }

    /** Deletes what Kafka acknowledged; on failure the ids wait for the next round. */
    void deleteCompleted() {
        List<UUID> batch = new ArrayList<>(batchSize);
        UUID id;
        while (batch.size() < batchSize && (id = completed.poll()) != null) {
            batch.add(id);
        }
        if (batch.isEmpty()) {
            return;
        }
        try {
            deleting.accept(batch);
            waiting.addAndGet(-batch.size());
            if (!completed.isEmpty() && !deleter.isShutdown()) {
                deleter.execute(this::deleteCompleted);
            }
        }
        catch (RuntimeException e) {
            completed.addAll(batch);
            log.warn("Deleting {} acknowledged outbox entries failed, retrying: {}", batch.size(), e.toString());
        }
    }

    @Override
    public void destroy() throws Exception {
        deleter.shutdown();
        deleter.awaitTermination(5, TimeUnit.SECONDS);
        while (!completed.isEmpty()) {
            int before = waiting.get();
            deleteCompleted();
            if (waiting.get() == before) {
                break; // the database is gone: the rest is resubmitted after the next start
            }
        }
        if (deleting instanceof AutoCloseable connection) {
            connection.close();
        }
    }

    // Everything else as Modulith does it.

    @Override
    public TargetEventPublication create(TargetEventPublication publication) {
        return delegate.create(publication);
    }

    @Override
    public void markCompleted(Object event, PublicationTargetIdentifier identifier, Instant completionDate) {
        delegate.markCompleted(event, identifier, completionDate);
    }

    @Override
    public void markFailed(UUID identifier) {
        delegate.markFailed(identifier);
    }

    @Override
    public boolean markResubmitted(UUID identifier, Instant resubmissionDate) {
        return delegate.markResubmitted(identifier, resubmissionDate);
    }

    @Override
    public List<TargetEventPublication> findIncompletePublications() {
        return delegate.findIncompletePublications();
    }

    @Override
    public List<TargetEventPublication> findIncompletePublicationsPublishedBefore(Instant instant) {
        return delegate.findIncompletePublicationsPublishedBefore(instant);
    }

    @Override
    public Optional<TargetEventPublication> findIncompletePublicationsByEventAndTargetIdentifier(Object event,
            PublicationTargetIdentifier targetIdentifier) {
        return delegate.findIncompletePublicationsByEventAndTargetIdentifier(event, targetIdentifier);
    }

    @Override
    public List<TargetEventPublication> findCompletedPublications() {
        return delegate.findCompletedPublications();
    }

    @Override
    public void deletePublications(List<UUID> identifiers) {
        delegate.deletePublications(identifiers);
    }

    @Override
    public void deleteCompletedPublications() {
        delegate.deleteCompletedPublications();
    }

    @Override
    public void deleteCompletedPublicationsBefore(Instant instant) {
        delegate.deleteCompletedPublicationsBefore(instant);
    }

    @Override
    public List<TargetEventPublication> findFailedPublications(FailedCriteria criteria) {
        return delegate.findFailedPublications(criteria);
    }

    @Override
    public List<TargetEventPublication> findByStatus(Status status) {
        return delegate.findByStatus(status);
    }

    @Override
    public int countByStatus(Status status) {
        return delegate.countByStatus(status);
    }
}
