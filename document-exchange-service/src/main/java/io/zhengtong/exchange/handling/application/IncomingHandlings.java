package io.zhengtong.exchange.handling.application;

import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Repository;

import io.zhengtong.exchange.handling.IncomingHandling;

import tools.jackson.databind.json.JsonMapper;

/**
 * The stored 收文办理 records, one per delivery: the aggregate's snapshot as JSON beside the
 * columns a list would filter on. Every change is conditional on the version the caller read.
 */
@Repository
public class IncomingHandlings {

    /** A handling as loaded, with the version a change must name. */
    public record Versioned(IncomingHandling handling, long version) {
    }

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public IncomingHandlings(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Inserts the handling of a delivery; a second one for the same delivery is a conflict (409). */
    public void add(UUID deliveryId, IncomingHandling handling) {
        try {
            jdbc.sql("""
                    INSERT INTO incoming_handling (id, delivery_id, document_id, unit_code, status, version, state)
                    VALUES (?, ?, ?, ?, ?, 0, ?)""")
                .params(handling.id().toString(), deliveryId.toString(), handling.documentId().toString(),
                        handling.unitCode(), handling.status().name(), json.writeValueAsString(handling.snapshot()))
                .update();
        } catch (DuplicateKeyException registeredMeanwhile) {
            throw new ObjectOptimisticLockingFailureException(IncomingHandling.class, deliveryId);
        }
    }

    /** Saves a changed handling if nobody changed it since {@code version}; answers the new version. */
    public long save(IncomingHandling handling, long version) {
        int updated = jdbc.sql("""
                UPDATE incoming_handling SET status = ?, state = ?, version = version + 1, updated_at = CURRENT_TIMESTAMP(6)
                WHERE id = ? AND version = ?""")
            .params(handling.status().name(), json.writeValueAsString(handling.snapshot()), handling.id().toString(),
                    version)
            .update();
        if (updated != 1) {
            throw new ObjectOptimisticLockingFailureException(IncomingHandling.class, handling.id());
        }
        return version + 1;
    }

    public Optional<Versioned> ofDelivery(UUID deliveryId) {
        return jdbc.sql("SELECT state, version FROM incoming_handling WHERE delivery_id = ?")
            .param(deliveryId.toString())
            .query((rs, row) -> new Versioned(
                    IncomingHandling.restore(json.readValue(rs.getString(1), IncomingHandling.Snapshot.class)),
                    rs.getLong(2)))
            .optional();
    }
}
