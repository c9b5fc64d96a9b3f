package io.zhengtong.portal.search;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import io.zhengtong.platform.problem.DomainRuleViolation;

/**
 * Rebuilds the site index from the source of truth without downtime: a new concrete index is
 * bulk-filled from every {@link SearchSource} (the local Elasticsearch has no {@code _reindex}),
 * then the alias is swapped to it in one atomic step and the old index deleted. Searches keep
 * using the old index until the swap.
 *
 * <p>Events applied while the new index is being filled must not be lost, and must not be
 * overwritten by the older state a source read before the event. So, while a rebuild runs, every
 * change the consumer makes ({@link #alsoApplyToRebuild}) is written to the new index as well and
 * remembered; after the bulk fill the remembered changes are applied again, in order, so the
 * newest state wins over whatever the bulk wrote. Remembering, writing and re-applying share one
 * lock, so a change can never be re-applied over a newer one. Events after the swap go through
 * the alias to the new index. This coordination is within one process: run rebuilds on the
 * instance that consumes the events (portal-service runs as one instance for now).
 */
@Component
public class SearchIndexRebuild {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexRebuild.class);

    /**
     * @param index            the new concrete index, now behind the alias
     * @param previousIndices  what the alias pointed at before (now deleted)
     * @param documentsByType  documents bulk-indexed per source type
     * @param changesReapplied changes from events that arrived during the rebuild
     */
    public record Report(String index, Set<String> previousIndices, Map<String, Integer> documentsByType,
            int documents, int changesReapplied, long durationMillis) {
    }

    private final SiteIndex index;
    private final ObjectProvider<SearchSource> sources;
    private final int bulkSize;
    private final ReentrantLock running = new ReentrantLock();

    // Guarded by itself: the index being filled and the changes made while it is.
    private final Object changes = new Object();
    private String building;
    private final Map<String, Optional<SearchDocument>> changedWhileBuilding = new LinkedHashMap<>();

    SearchIndexRebuild(SiteIndex index, ObjectProvider<SearchSource> sources, SearchProperties properties) {
        this.index = index;
        this.sources = sources;
        this.bulkSize = properties.bulkSize();
    }

    /**
     * Rebuilds now.
     *
     * @throws DomainRuleViolation (409) if a rebuild is already running
     * @throws SearchUnavailable   if Elasticsearch cannot be reached (the old index stays in use)
     */
    public Report rebuild() {
        if (!running.tryLock()) {
            throw DomainRuleViolation.conflict("search-rebuild-running", "索引正在重建", "站内搜索索引正在重建，请稍后再试。");
        }
        try {
            return rebuildHoldingLock();
        } finally {
            running.unlock();
        }
    }

    /** Creates the index with a full rebuild if the alias does not exist yet; true if it did that. */
    public boolean ensureIndex() {
        if (index.aliasExists()) {
            return false;
        }
        running.lock();
        try {
            if (index.aliasExists()) {
                return false;
            }
            Report report = rebuildHoldingLock();
            log.info("Created the site index {} behind alias {} with {} documents", report.index(), index.alias(),
                    report.documents());
            return true;
        } finally {
            running.unlock();
        }
    }

    /** Whether a rebuild is filling a new index right now. */
    public boolean isRunning() {
        return running.isLocked();
    }

    /**
     * Called by the indexing for every change it makes: if a rebuild is filling a new index, the
     * change is written there too and remembered for re-applying after the fill.
     *
     * @param document the new state, or empty for a deletion
     */
    void alsoApplyToRebuild(String id, Optional<SearchDocument> document) {
        synchronized (changes) {
            if (building == null) {
                return;
            }
            changedWhileBuilding.remove(id);
            changedWhileBuilding.put(id, document);
            apply(building, id, document);
        }
    }

    private Report rebuildHoldingLock() {
        Instant start = Instant.now();
        Set<String> previous = index.indicesBehindAlias();
        String target = index.createConcreteIndex();
        synchronized (changes) {
            building = target;
            changedWhileBuilding.clear();
        }
        Map<String, Integer> counts;
        int reapplied;
        try {
            counts = fill(target);
            synchronized (changes) {
                changedWhileBuilding.forEach((id, document) -> apply(target, id, document));
                reapplied = changedWhileBuilding.size();
            }
            index.refresh(target);
            index.pointAliasAt(target, previous);
        } catch (RuntimeException e) {
            stopBuilding();
            discard(target);
            throw e;
        }
        // After the swap: writes through the alias reach the new index themselves.
        stopBuilding();
        previous.forEach(this::discard);
        int documents = counts.values().stream().mapToInt(Integer::intValue).sum();
        Report report = new Report(target, previous, counts, documents, reapplied,
                Duration.between(start, Instant.now()).toMillis());
        log.info("Rebuilt the site index: {}", report);
        return report;
    }

    private Map<String, Integer> fill(String target) {
        Map<String, Integer> counts = new TreeMap<>();
        for (SearchSource source : sources.orderedStream().toList()) {
            int count = 0;
            try (Stream<SearchDocument> documents = source.documents()) {
                List<SearchDocument> batch = new ArrayList<>(bulkSize);
                for (SearchDocument document : (Iterable<SearchDocument>) documents::iterator) {
                    batch.add(document);
                    if (batch.size() == bulkSize) {
                        count += index.bulkInto(target, batch);
                        batch.clear();
                    }
                }
                count += index.bulkInto(target, batch);
            }
            counts.merge(source.type(), count, Integer::sum);
        }
        return counts;
    }

    private void apply(String target, String id, Optional<SearchDocument> document) {
        document.ifPresentOrElse(d -> index.putInto(target, d), () -> index.deleteFrom(target, id));
    }

    private void stopBuilding() {
        synchronized (changes) {
            building = null;
            changedWhileBuilding.clear();
        }
    }

    private void discard(String concreteIndex) {
        try {
            index.deleteIndex(concreteIndex);
        } catch (RuntimeException e) {
            log.warn("Could not delete the index {}; delete it by hand: {}", concreteIndex, e.toString());
        }
    }
}
