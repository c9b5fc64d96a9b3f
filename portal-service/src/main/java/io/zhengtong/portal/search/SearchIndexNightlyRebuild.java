package io.zhengtong.portal.search;

import io.zhengtong.platform.problem.DomainRuleViolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the site index every night from the sources of truth. Events keep the index current,
 * but nothing notices a document whose source vanished without an event (a database restored
 * from a backup, the demo data seeded again over a kept index): the nightly rebuild drops such
 * documents within a day, without downtime. {@code zhengtong.search.rebuild-cron: "-"} turns it off.
 */
@Component
class SearchIndexNightlyRebuild {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexNightlyRebuild.class);

    private final SearchIndexRebuild rebuild;

    SearchIndexNightlyRebuild(SearchIndexRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @Scheduled(cron = "${zhengtong.search.rebuild-cron:0 30 3 * * *}", zone = "Asia/Shanghai")
    void rebuildNightly() {
        try {
            SearchIndexRebuild.Report report = rebuild.rebuild();
            log.info("Nightly rebuild of the site index: {} documents in {} ms ({})", report.documents(),
                    report.durationMillis(), report.documentsByType());
        } catch (DomainRuleViolation alreadyRunning) {
            log.info("Nightly rebuild skipped: a rebuild is already running");
        } catch (RuntimeException e) {
            // The old index stays in use; tomorrow night (or an administrator) tries again.
            log.warn("Nightly rebuild of the site index failed, the current index stays in use: {}", e.toString());
        }
    }
}
