package io.zhengtong.portal.demo;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo county's articles at start-up when {@code zhengtong.demo.seed=true} (the local
 * launcher sets it) and the portal has no articles yet. Safe with several replicas starting at once.
 */
@Component
@ConditionalOnBooleanProperty("zhengtong.demo.seed")
class DemoCountySeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoCountySeeder.class);

    private final DemoCountySeeding seeding;

    DemoCountySeeder(DemoCountySeeding seeding) {
        this.seeding = seeding;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        try {
            List<Long> published = seeding.seedIfEmpty();
            if (published.isEmpty()) {
                log.info("Demo county articles: already there, nothing seeded");
            } else {
                log.info("Demo county articles: published {} articles", published.size());
            }
        } catch (RuntimeException e) {
            // The service is useful without demo content; the next start tries again (nothing was committed).
            log.error("Seeding the demo county's articles failed", e);
        }
    }
}
