-- The audit trail of every document: a hash chain per document (see README, "Audit chain").
-- Append-only by contract: the service never updates or deletes a row; any change made
-- around it is found by the verifier. occurred_at_ms is epoch milliseconds, exactly what was
-- hashed (no driver rounds a BIGINT).
CREATE TABLE audit_entry (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    document_id    VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    sequence       INT          NOT NULL,
    action         VARCHAR(32)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    actor          VARCHAR(128) NOT NULL,
    unit_code      VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    occurred_at_ms BIGINT       NOT NULL,
    details        TEXT         NOT NULL,
    hash_algorithm VARCHAR(16)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    previous_hash  VARCHAR(128) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    hash           VARCHAR(128) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    PRIMARY KEY (id),
    -- No fork: two appends racing for the same place cannot both succeed.
    CONSTRAINT uk_audit_entry_sequence UNIQUE (document_id, sequence)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
