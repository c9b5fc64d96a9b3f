package io.zhengtong.portal.search;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Creates the site index (by a full rebuild) when the alias does not exist yet — at start-up,
 * and again every {@code zhengtong.search.ensure-index-every} until it succeeds, so that the
 * service starts even while Elasticsearch is down and the index appears once it is back.
 * Runs on the scheduler's thread, never holding up start-up.
 */
@Component
class SearchIndexStartup {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexStartup.class);

    private final SearchIndexRebuild rebuild;
    private volatile boolean indexExists;

    SearchIndexStartup(SearchIndexRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @Scheduled(initialDelay = 0, fixedDelayString = "${zhengtong.search.ensure-index-every:PT30S}")
    void ensureIndex() {
        if (indexExists) {
            return;
        }
        try {
            rebuild.ensureIndex();
            indexExists = true;
        } catch (RuntimeException e) {
            log.warn("The site index could not be checked or created yet, trying again later: {}", e.toString());
        }
    }

    boolean indexExists() {
        return indexExists;
    }
}
