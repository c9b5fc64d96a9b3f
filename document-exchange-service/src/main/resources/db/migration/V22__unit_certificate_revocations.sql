-- The platform CA's revocation list, persisted (it used to live in memory only and was lost on
-- restart). One row per revoked unit certificate, with the certificate itself (DER), so a
-- replaced certificate stays on record after renewal gives the unit a new key. Rows are never
-- deleted: a revocation is final.
CREATE TABLE unit_certificate_revocation (
    serial_number VARCHAR(64)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL COMMENT 'upper-case hex',
    unit_code     VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    revoked_at_ms BIGINT       NOT NULL COMMENT 'epoch milliseconds: signatures from then on are invalid',
    reason        VARCHAR(32)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    remark        VARCHAR(1000) NOT NULL DEFAULT '',
    revoked_by    VARCHAR(128) NOT NULL,
    certificate   BLOB         NOT NULL,
    PRIMARY KEY (serial_number),
    KEY ix_unit_certificate_revocation_unit (unit_code, revoked_at_ms)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
