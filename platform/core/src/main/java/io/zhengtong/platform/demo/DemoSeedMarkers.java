package io.zhengtong.platform.demo;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Markers of one-time seeding, rows of the platform table {@code demo_seed_marker}: the primary key
 * lets exactly one replica seed. Use it inside the seeding's transaction and claim first: a second
 * replica then waits on the key until the first commits (and finds it taken) or rolls back (and
 * seeds itself), so nothing is seeded twice or half.
 */
public class DemoSeedMarkers {

    private final JdbcTemplate jdbc;

    public DemoSeedMarkers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Takes the marker; false if it was taken already (seeded before, or by another replica). */
    public boolean claim(String marker) {
        try {
            jdbc.update("insert into demo_seed_marker (name, seeded_at) values (?, ?)", marker,
                    Timestamp.from(Instant.now()));
            return true;
        } catch (DuplicateKeyException alreadySeeded) {
            return false;
        }
    }

    /** Seeds once per marker, whatever else is there; answers what {@code seed} answered, or nothing the second time. */
    public <T> List<T> once(String marker, Supplier<List<T>> seed) {
        return claim(marker) ? seed.get() : List.of();
    }

    /**
     * Seeds once per marker and only where the service has no content of its own yet (a marker lost
     * with an old schema does not seed a second time); answers what {@code seed} answered, or nothing.
     */
    public <T> List<T> onceIfEmpty(String marker, BooleanSupplier hasContent, Supplier<List<T>> seed) {
        // The marker goes first, so the content is looked at only by the replica holding it.
        return claim(marker) && !hasContent.getAsBoolean() ? seed.get() : List.of();
    }
}
