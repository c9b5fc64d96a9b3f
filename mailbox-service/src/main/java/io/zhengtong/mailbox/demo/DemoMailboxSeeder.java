package io.zhengtong.mailbox.demo;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Seeds the demo county's letters at start-up when {@code zhengtong.demo.seed=true} (the local
 * launcher sets it) and the mailbox has no history yet. Safe with several replicas starting at once.
 */
@Component
@ConditionalOnBooleanProperty("zhengtong.demo.seed")
class DemoMailboxSeeder {

    private static final Logger log = LoggerFactory.getLogger(DemoMailboxSeeder.class);

    private final DemoMailboxSeeding seeding;

    DemoMailboxSeeder(DemoMailboxSeeding seeding) {
        this.seeding = seeding;
    }

    /** In the background: the letters take a minute or two to write, and the service is ready meanwhile. */
    @EventListener(ApplicationReadyEvent.class)
    void seedInTheBackground() {
        Thread.ofVirtual().name("demo-mailbox-seeding").start(this::seed);
    }

    void seed() {
        try {
            List<String> written = seeding.seedIfEmpty();
            if (written.isEmpty()) {
                log.info("Demo county letters: already there, nothing seeded");
            } else {
                log.info("Demo county letters: wrote and handled {} letters", written.size());
            }
        } catch (RuntimeException e) {
            // The service is useful without demo letters; the next start tries again (nothing was committed).
            log.error("Seeding the demo county's letters failed", e);
        }
    }
}
