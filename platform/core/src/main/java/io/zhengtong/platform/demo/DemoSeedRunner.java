package io.zhengtong.platform.demo;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/** Runs the service's {@link DemoSeed}s once the service is ready (only when demo seeding is enabled). */
final class DemoSeedRunner implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(DemoSeedRunner.class);

    private final List<DemoSeed> seeds;

    DemoSeedRunner(List<DemoSeed> seeds) {
        this.seeds = seeds;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent ready) {
        for (DemoSeed seed : seeds) {
            if (seed.inTheBackground()) {
                Thread.ofVirtual().name("demo-seeding").start(() -> run(seed));
            } else {
                run(seed);
            }
        }
    }

    static void run(DemoSeed seed) {
        try {
            List<?> seeded = seed.seedIfEmpty();
            if (seeded.isEmpty()) {
                log.info("{}: already there, nothing seeded", seed.content());
            } else {
                log.info("{}: seeded {}", seed.content(), seeded.size());
            }
        } catch (RuntimeException e) {
            // The service is useful without demo content; the next start tries again (nothing was committed).
            log.error("Seeding failed: {}", seed.content(), e);
        }
    }
}
