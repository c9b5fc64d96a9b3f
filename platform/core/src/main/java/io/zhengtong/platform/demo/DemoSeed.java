package io.zhengtong.platform.demo;

import java.util.List;

/**
 * A service's demo content, seeded once at start-up when {@code zhengtong.demo.seed=true} (the
 * local launcher sets it). Implementations claim a {@link DemoSeedMarkers marker} in their
 * transaction, so seeding again or from several replicas seeds once.
 */
public interface DemoSeed {

    /** What is seeded, for the log, e.g. "Demo county articles". */
    String content();

    /** Seeds if the service has no such content yet; answers the ids of what it seeded (none if it did nothing). */
    List<?> seedIfEmpty();

    /** Seeding that takes minutes runs in the background while the service is ready meanwhile. */
    default boolean inTheBackground() {
        return false;
    }
}
