package io.zhengtong.exchange.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import io.zhengtong.exchange.crypto.CryptoSettings;
import io.zhengtong.exchange.crypto.HashAlgorithm;
import io.zhengtong.exchange.workflow.HistoryEntry;

/**
 * The stored audit chains: append and read, never update or delete. An append joins the
 * caller's transaction (the action and its record commit together) and locks the chain's first
 * entry, so concurrent appends to one document queue; the unique (document, sequence) key stops
 * a fork even when the chain is still empty. A chain keeps the algorithm of its first entry.
 */
@Repository
public class AuditTrail {

    private final JdbcClient jdbc;
    private final HashAlgorithm defaultAlgorithm;
    private final Clock clock;

    public AuditTrail(JdbcClient jdbc, CryptoSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.defaultAlgorithm = settings.auditHash();
        this.clock = clock;
    }

    /**
     * Appends to one document queue on the chain's first entry, a row that never changes. (Locking
     * the last entry does not queue them under READ COMMITTED: a waiter gets the row it waited for,
     * not the entries added meanwhile, its insert hits the unique key — a 500 when many units
     * signed for one document at once — and retrying from there deadlocked.) With that lock held,
     * a plain read sees every committed entry. A chain's first entry has no row to queue on: two
     * racing first appends meet at the unique key and the loser reads again.
     */
    private static final int MAX_ATTEMPTS = 3;

    @Transactional
    public AuditEntry append(String documentId, AuditAction action, String actor, String unitCode, String details) {
        for (int attempt = 1;; attempt++) {
            jdbc.sql("SELECT id FROM audit_entry WHERE document_id = :document AND sequence = 1 FOR UPDATE")
                .param("document", documentId).query(Long.class).optional();
            Optional<AuditEntry> last = jdbc.sql("""
                    SELECT * FROM audit_entry WHERE document_id = :document ORDER BY sequence DESC LIMIT 1""")
                .param("document", documentId).query(AuditTrail::entry).optional();
            HashAlgorithm algorithm = last.map(AuditEntry::algorithm).orElse(defaultAlgorithm);
            AuditEntry entry = AuditEntry.append(last.orElse(null), documentId, action, actor, unitCode, clock.instant(),
                    details, algorithm);
            try {
                insert(entry);
                return entry;
            } catch (DuplicateKeyException racedForTheFirstEntry) {
                // Only the statement failed; the caller's transaction goes on (the exception does not
                // leave this method, so nothing marks it rollback-only).
                if (last.isPresent() || attempt >= MAX_ATTEMPTS) {
                    throw racedForTheFirstEntry;
                }
            }
        }
    }

    private void insert(AuditEntry entry) {
        jdbc.sql("""
                INSERT INTO audit_entry (document_id, sequence, action, actor, unit_code, occurred_at_ms, details,
                    hash_algorithm, previous_hash, hash)
                VALUES (:document, :sequence, :action, :actor, :unit, :at, :details, :algorithm, :previous, :hash)""")
            .param("document", entry.documentId()).param("sequence", entry.sequence())
            .param("action", entry.action().name()).param("actor", entry.actor()).param("unit", entry.unitCode())
            .param("at", entry.at().toEpochMilli()).param("details", entry.details())
            .param("algorithm", entry.algorithm().label()).param("previous", entry.previousHash())
            .param("hash", entry.hash())
            .update();
    }

    /** Appends a workflow's new history lines, in order, to the document's chain. */
    @Transactional
    public void appendAll(String documentId, List<HistoryEntry> entries) {
        for (HistoryEntry entry : entries) {
            append(documentId, entry.action(), entry.actor(), entry.unitCode(), entry.remark());
        }
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> entriesOf(String documentId) {
        return jdbc.sql("SELECT * FROM audit_entry WHERE document_id = :document ORDER BY sequence")
            .param("document", documentId).query(AuditTrail::entry).list();
    }

    @Transactional(readOnly = true)
    public ChainVerification verify(String documentId) {
        return AuditChainVerifier.verify(entriesOf(documentId));
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getString("document_id"), rs.getInt("sequence"), AuditAction.valueOf(rs.getString("action")),
                rs.getString("actor"), rs.getString("unit_code"), Instant.ofEpochMilli(rs.getLong("occurred_at_ms")),
                rs.getString("details"), HashAlgorithm.fromLabel(rs.getString("hash_algorithm")),
                rs.getString("previous_hash"), rs.getString("hash"));
    }
}
