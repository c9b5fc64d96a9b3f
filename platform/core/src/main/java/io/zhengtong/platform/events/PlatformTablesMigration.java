package io.zhengtong.platform.events;

import org.flywaydb.core.Flyway;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;

/**
 * Every service's schema also holds the platform's tables (the outbox and the processed event
 * ids). They are versioned apart from the service's own migrations, in {@code db/platform} with
 * their own history table, so platform and services number their migrations independently.
 * The service's migrations run first; the platform's then baseline on the non-empty schema.
 */
final class PlatformTablesMigration implements FlywayMigrationStrategy {

    static final String LOCATION = "classpath:db/platform";
    static final String HISTORY_TABLE = "platform_schema_history";

    @Override
    public void migrate(Flyway service) {
        service.migrate();
        Flyway.configure()
                .configuration(service.getConfiguration())
                .locations(LOCATION)
                .table(HISTORY_TABLE)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load()
                .migrate();
    }
}
