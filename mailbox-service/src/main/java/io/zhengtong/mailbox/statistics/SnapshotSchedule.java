package io.zhengtong.mailbox.statistics;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Freezes the settled months on a schedule ({@code zhengtong.mailbox.statistics.snapshot-cron},
 * Asia/Shanghai) and once after start-up, in the background: the first start after a deploy fills
 * every past month. The start-up run waits {@code ...fill-on-start-after} and then for the demo
 * seeding (which writes back-dated letters) to finish; {@code ...fill-on-start: false} skips it.
 */
@Component
class SnapshotSchedule {

    private static final Logger log = LoggerFactory.getLogger(SnapshotSchedule.class);
    private static final Duration SEEDING_POLL = Duration.ofSeconds(10);
    private static final int SEEDING_POLLS = 90;

    private final FreezingMonths freezing;
    private final boolean fillOnStart;
    private final Duration fillOnStartAfter;

    SnapshotSchedule(FreezingMonths freezing, @Value("${zhengtong.mailbox.statistics.fill-on-start:true}") boolean fillOnStart,
            @Value("${zhengtong.mailbox.statistics.fill-on-start-after:PT30S}") Duration fillOnStartAfter) {
        this.freezing = freezing;
        this.fillOnStart = fillOnStart;
        this.fillOnStartAfter = fillOnStartAfter;
    }

    @Scheduled(cron = "${zhengtong.mailbox.statistics.snapshot-cron:0 7 * * * *}", zone = "Asia/Shanghai")
    void onSchedule() {
        freeze();
    }

    @EventListener(ApplicationReadyEvent.class)
    void fillAfterStart() {
        if (fillOnStart) {
            Thread.ofVirtual().name("statistics-snapshot-fill").start(this::fillWhenSeeded);
        }
    }

    private void fillWhenSeeded() {
        try {
            Thread.sleep(fillOnStartAfter);
            for (int i = 0; i < SEEDING_POLLS && freezing.demoSeedingInProgress(); i++) {
                Thread.sleep(SEEDING_POLL);
            }
            freeze();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void freeze() {
        try {
            int frozen = freezing.freezeMissing();
            if (frozen > 0) {
                log.info("Statistics: {} settled months frozen into snapshots", frozen);
            }
        }
        catch (RuntimeException e) {
            // Readers freeze a settled month themselves when they need it; the next run tries again.
            log.warn("Freezing the settled months' statistics failed", e);
        }
    }
}
