package io.zhengtong.exchange.sending;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import io.zhengtong.exchange.signature.SignatureVerification;
import tools.jackson.databind.json.JsonMapper;

/**
 * The last full signature check of each document, kept with the fingerprint of what it checked:
 * a result is only ever returned for the same fingerprint, so a changed file, metadata, or
 * revocation makes the next reader check again.
 */
@Repository
class SignatureChecks {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    SignatureChecks(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<SignatureVerification> find(UUID documentId, String fingerprint) {
        return jdbc.sql("SELECT result FROM signature_check WHERE document_id = ? AND fingerprint = ?")
            .params(documentId.toString(), fingerprint)
            .query(String.class)
            .optional()
            .map(text -> json.readValue(text, SignatureVerification.class));
    }

    /** Two readers checking at once both write the same result: the last one stays. */
    void remember(UUID documentId, String fingerprint, SignatureVerification result, Instant at) {
        jdbc.sql("""
                INSERT INTO signature_check (document_id, fingerprint, result, checked_at) VALUES (?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE fingerprint = VALUES(fingerprint), result = VALUES(result),
                    checked_at = VALUES(checked_at)""")
            .params(documentId.toString(), fingerprint, json.writeValueAsString(result), Timestamp.from(at))
            .update();
    }
}
