-- Keyed hashes (HMAC-SHA256) of what identifies a writer and a text, to find duplicate letters
-- without storing or comparing clear phone numbers or e-mail addresses (those stay encrypted in
-- letter). owner_unit is the unit owning the letter's mailbox: duplicates are looked for among the
-- letters its dispatchers handle. candidates_at_submission > 0 marks the letter 疑似重复.
CREATE TABLE letter_fingerprint (
    letter_id                 CHAR(36)     NOT NULL,
    owner_unit                VARCHAR(64)  NOT NULL,
    submitted_at              DATETIME(6)  NOT NULL,
    phone_hash                CHAR(64),
    email_hash                CHAR(64),
    text_hash                 CHAR(64)     NOT NULL,
    candidates_at_submission  INT          NOT NULL,
    PRIMARY KEY (letter_id),
    KEY ix_fingerprint_phone (phone_hash, submitted_at),
    KEY ix_fingerprint_email (email_hash, submitted_at),
    KEY ix_fingerprint_text (text_hash, submitted_at),
    CONSTRAINT fk_fingerprint_letter FOREIGN KEY (letter_id) REFERENCES letter (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
