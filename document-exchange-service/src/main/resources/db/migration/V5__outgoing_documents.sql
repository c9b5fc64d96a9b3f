-- Outgoing documents (发文) of the sending units. The aggregate's state is one JSON document
-- (`state`, written and read only by OutgoingDocuments); the columns beside it are what lists
-- filter on. `version` is the optimistic lock: every change is UPDATE ... WHERE version = ?.
CREATE TABLE outgoing_document (
    id          CHAR(36)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    issuer_code VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    status      VARCHAR(32)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    title       VARCHAR(200) NOT NULL,
    version     BIGINT       NOT NULL,
    state       LONGTEXT     NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    KEY ix_outgoing_document_unit (issuer_code, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The body (position 0, PDF) and attachments (1..n), encrypted at rest (ZTF1 format, see README),
-- bound to `<document id>/<position>`: a file moved to another document or place does not decrypt.
CREATE TABLE outgoing_file (
    document_id CHAR(36)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    position    INT          NOT NULL,
    role        VARCHAR(16)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    name        VARCHAR(200) NOT NULL,
    media_type  VARCHAR(100) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    size        BIGINT       NOT NULL COMMENT 'plaintext bytes',
    content     LONGBLOB     NOT NULL COMMENT 'encrypted',
    PRIMARY KEY (document_id, position),
    CONSTRAINT fk_outgoing_file_document FOREIGN KEY (document_id) REFERENCES outgoing_document (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
