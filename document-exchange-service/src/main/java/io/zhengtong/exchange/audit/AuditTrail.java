package io.zhengtong.exchange.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import io.zhengtong.exchange.crypto.CryptoSettings;
import io.zhengtong.exchange.crypto.HashAlgorithm;
import io.zhengtong.exchange.workflow.HistoryEntry;

/**
 * The stored audit chains: append and read, never update or delete an entry. An append joins
 * the caller's transaction (the action and its record commit together), locks the document row
 * and the chain's last entry, so concurrent appends to one document queue, and moves the chain
 * head stored on the document; the unique (document, sequence) key stops a fork even when the
 * chain is still empty. A chain keeps the algorithm of its first entry.
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

    @Transactional
    public AuditEntry append(String documentId, AuditAction action, String actor, String unitCode, String details) {
        // The document row first, then the chain: every append takes the locks in that order (a
        // use case that saved the document already holds its row), so appends never deadlock.
        jdbc.sql("SELECT id FROM outgoing_document WHERE id = :document FOR UPDATE").param("document", documentId)
            .query(String.class).optional();
        // A chain of no document row (tests) queues on its first entry, a row that never changes. Not on
        // its last: under READ COMMITTED a waiter gets the row it waited for, not the entries added
        // meanwhile, and its insert hit the unique key (500s when 880 units signed for one document).
        jdbc.sql("SELECT id FROM audit_entry WHERE document_id = :document AND sequence = 1 FOR UPDATE")
            .param("document", documentId).query(Long.class).optional();
        Optional<AuditEntry> last = jdbc.sql("""
                SELECT * FROM audit_entry WHERE document_id = :document
                ORDER BY sequence DESC LIMIT 1 FOR UPDATE""")
            .param("document", documentId).query(AuditTrail::entry).optional();
        HashAlgorithm algorithm = last.map(AuditEntry::algorithm).orElse(defaultAlgorithm);
        AuditEntry entry = AuditEntry.append(last.orElse(null), documentId, action, actor, unitCode, clock.instant(),
                details, algorithm);
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
        // the head on the document moves with the chain (no row yet: a chain of no document, e.g. in tests)
        jdbc.sql("UPDATE outgoing_document SET audit_sequence = :sequence, audit_head = :hash WHERE id = :document")
            .param("sequence", entry.sequence()).param("hash", entry.hash()).param("document", documentId)
            .update();
        return entry;
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

    /**
     * Walks the chain and compares its end with the head stored on the document, so deleted
     * trailing entries are found too. A document whose head was erased while entries remain is
     * reported broken; a chain without a document (none stored) is checked on its own.
     */
    @Transactional(readOnly = true)
    public ChainVerification verify(String documentId) {
        List<AuditEntry> entries = entriesOf(documentId);
        Optional<DocumentRow> document = documentRow(documentId);
        if (document.isPresent() && document.get().head() == null && !entries.isEmpty()) {
            return ChainVerification.broken(entries.size(), entries.size(),
                    "公文上登记的审计链最新记录被清除，无法确认链尾完整。");
        }
        return AuditChainVerifier.verify(entries, document.map(DocumentRow::head).orElse(null));
    }

    /** The document's row as far as the chain goes: {@code head} is null when it records none. */
    private record DocumentRow(ChainHead head) {
    }

    private Optional<DocumentRow> documentRow(String documentId) {
        return jdbc.sql("SELECT audit_sequence, audit_head FROM outgoing_document WHERE id = :document")
            .param("document", documentId)
            .query((rs, row) -> {
                int sequence = rs.getInt(1);
                String hash = rs.wasNull() ? null : rs.getString(2);
                return new DocumentRow(hash == null ? null : new ChainHead(sequence, hash));
            })
            .optional();
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getString("document_id"), rs.getInt("sequence"), AuditAction.valueOf(rs.getString("action")),
                rs.getString("actor"), rs.getString("unit_code"), Instant.ofEpochMilli(rs.getLong("occurred_at_ms")),
                rs.getString("details"), HashAlgorithm.fromLabel(rs.getString("hash_algorithm")),
                rs.getString("previous_hash"), rs.getString("hash"));
    }
}
