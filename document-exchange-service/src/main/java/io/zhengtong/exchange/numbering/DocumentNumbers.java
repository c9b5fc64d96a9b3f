package io.zhengtong.exchange.numbering;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import io.zhengtong.exchange.document.DocumentNumber;

/**
 * Allocates 发文字号 per unit, per 代字, per year: 1, 2, 3, ... with no gap and no duplicate.
 * <p>
 * The counter row is incremented by an atomic upsert in the caller's transaction (the one that
 * dispatches the document), which holds the row lock until it ends: concurrent dispatches of the
 * same (unit, 代字, year) queue behind it, and a rollback undoes the increment, so the next
 * dispatch takes the same number. Hence {@code MANDATORY}: a number taken outside the
 * document's transaction could be lost. A caller must keep that transaction short (no remote
 * calls while holding the number) and may see a deadlock error only in the race for the very
 * first number of a year; it retries the whole transaction then.
 */
@Service
public class DocumentNumbers {

    private final JdbcClient jdbc;

    public DocumentNumbers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The document's number: the next free one, or the one it already took (a retried dispatch
     * gets its own number back).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public DocumentNumber allocate(String unitCode, String prefix, int year, String documentId) {
        DocumentNumber wanted = new DocumentNumber(prefix, year, 1); // validates 代字 and year first
        Optional<DocumentNumber> taken = numberOf(documentId);
        if (taken.isPresent()) {
            return taken.get();
        }
        jdbc.sql("""
                INSERT INTO document_number_counter (unit_code, prefix, number_year, last_sequence)
                VALUES (:unit, :prefix, :year, 1)
                ON DUPLICATE KEY UPDATE last_sequence = last_sequence + 1""")
            .param("unit", unitCode).param("prefix", wanted.prefix()).param("year", year)
            .update();
        int sequence = jdbc.sql("""
                SELECT last_sequence FROM document_number_counter
                WHERE unit_code = :unit AND prefix = :prefix AND number_year = :year FOR UPDATE""")
            .param("unit", unitCode).param("prefix", wanted.prefix()).param("year", year)
            .query(Integer.class).single();
        jdbc.sql("""
                INSERT INTO document_number (unit_code, prefix, number_year, sequence, document_id)
                VALUES (:unit, :prefix, :year, :sequence, :document)""")
            .param("unit", unitCode).param("prefix", wanted.prefix()).param("year", year)
            .param("sequence", sequence).param("document", documentId)
            .update();
        return new DocumentNumber(wanted.prefix(), year, sequence);
    }

    /** The number a document took, if it took one (and that transaction committed). */
    @Transactional(readOnly = true)
    public Optional<DocumentNumber> numberOf(String documentId) {
        return jdbc.sql("SELECT prefix, number_year, sequence FROM document_number WHERE document_id = :document")
            .param("document", documentId)
            .query((rs, row) -> new DocumentNumber(rs.getString(1), rs.getInt(2), rs.getInt(3)))
            .optional();
    }
}
