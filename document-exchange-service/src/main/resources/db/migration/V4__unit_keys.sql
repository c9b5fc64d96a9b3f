-- The platform CA, one signing key per unit and the file-encryption key. Private keys are stored
-- only wrapped (AES-256-GCM) by the key-encryption key from the configuration
-- (ZT_EXCHANGE_KEK), which never enters the database or the repository. Certificates are public.
CREATE TABLE exchange_key (
    name                VARCHAR(128) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL COMMENT 'platform-ca, unit:<code>, file-encryption',
    algorithm           VARCHAR(32)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    certificate         BLOB         NULL COMMENT 'DER, for the CA and unit keys',
    wrapped_private_key BLOB         NOT NULL,
    created_at          TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
