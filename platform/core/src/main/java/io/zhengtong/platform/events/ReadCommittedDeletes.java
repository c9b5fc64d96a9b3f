package io.zhengtong.platform.events;

import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * Deletes acknowledged outbox entries on a connection of their own, opened like the service's pool
 * but kept at READ COMMITTED with auto-commit: one statement per batch. The same delete in a READ
 * COMMITTED transaction on a pooled connection cost four (isolation set, delete, isolation set back,
 * commit), about 5 of a mailbox letter lifecycle's ~70 statements. Why READ COMMITTED: see
 * {@link LeanOutbox}. The connection is opened at the first delete and closed after 10 idle minutes.
 */
final class ReadCommittedDeletes implements Consumer<List<UUID>>, AutoCloseable {

    private final Supplier<HikariDataSource> servicePool;
    private volatile HikariDataSource pool;
    private volatile JdbcTemplate jdbc;

    ReadCommittedDeletes(Supplier<HikariDataSource> servicePool) {
        this.servicePool = servicePool;
    }

    /** The service's pool, if it is Hikari's (possibly wrapped); {@code null} otherwise. */
    static HikariDataSource hikari(DataSource dataSource) {
        try {
            return dataSource != null && dataSource.isWrapperFor(HikariDataSource.class)
                    ? dataSource.unwrap(HikariDataSource.class) : null;
        } catch (SQLException notWrapped) {
            return null;
        }
    }

    @Override
    public void accept(List<UUID> ids) {
        String in = ids.stream().map(id -> "?").collect(Collectors.joining(", "));
        // The table of db/platform V1 (Modulith's, ids as text).
        jdbc().update("DELETE FROM EVENT_PUBLICATION WHERE ID IN (" + in + ")", ids.stream().map(UUID::toString).toArray());
    }

    private JdbcTemplate jdbc() {
        if (jdbc == null) {
            synchronized (this) {
                if (jdbc == null) {
                    HikariDataSource service = servicePool.get();
                    HikariConfig config = new HikariConfig();
                    service.copyStateTo(config);
                    config.setPoolName(service.getPoolName() + "-outbox-deletes");
                    config.setMaximumPoolSize(1);
                    config.setMinimumIdle(0);
                    config.setAutoCommit(true);
                    config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
                    pool = new HikariDataSource(config);
                    jdbc = new JdbcTemplate(pool);
                }
            }
        }
        return jdbc;
    }

    @Override
    public void close() {
        if (pool != null) {
            pool.close();
        }
    }
}
