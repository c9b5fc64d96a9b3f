-- Files a citizen attached to a letter. The content is AES-GCM ciphertext (IV ‖ ciphertext ‖ tag,
-- bound to letter and position), the citizen's file name AES-GCM in base64 like the contact
-- columns; type (sniffed from the content) and size in clear for lists. A 10 MB file fits
-- MariaDB's default max_allowed_packet (16 MB); raise it with larger limits.
CREATE TABLE letter_attachment (
    letter_id      CHAR(36)      NOT NULL,
    position       INT           NOT NULL,
    file_name_enc  VARCHAR(1000) NOT NULL,
    media_type     VARCHAR(100)  NOT NULL,
    size_bytes     BIGINT        NOT NULL,
    sha256         CHAR(64)      NOT NULL,
    content_enc    LONGBLOB      NOT NULL,
    uploaded_at    DATETIME(6)   NOT NULL,
    PRIMARY KEY (letter_id, position),
    CONSTRAINT fk_letter_attachment_letter FOREIGN KEY (letter_id) REFERENCES letter (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
