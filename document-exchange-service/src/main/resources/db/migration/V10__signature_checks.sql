-- The last full signature check of a dispatched document, so opening it again does not decrypt
-- and hash every file: `fingerprint` covers everything the check depends on (the stored state
-- with metadata and signature, every stored ciphertext, the signer certificate's revocation and
-- the platform CA); when it no longer matches, the check is done again. Sign-for never reads this
-- table: it always checks in full.
CREATE TABLE signature_check (
    document_id CHAR(36)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    fingerprint CHAR(64)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    result      LONGTEXT     NOT NULL COMMENT 'SignatureVerification as JSON',
    checked_at  TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (document_id),
    CONSTRAINT fk_signature_check_document FOREIGN KEY (document_id) REFERENCES outgoing_document (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
