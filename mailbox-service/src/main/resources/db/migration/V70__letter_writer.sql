-- The account of a citizen who wrote a letter while logged in on the website (citizen package):
-- the token's subject (Keycloak's stable user id, what 我的来信 is authorised by) and the username
-- at the time. Anonymous letters have no row. Kept beside the letter rather than in it, so the
-- letter's own row and its hot path stay as they are; submitted_at is copied for the list's order.
CREATE TABLE letter_writer (
    letter_id     CHAR(36)      NOT NULL,
    subject       VARCHAR(64)   NOT NULL,
    username      VARCHAR(100),
    submitted_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (letter_id),
    KEY ix_letter_writer_subject (subject, submitted_at, letter_id),
    CONSTRAINT fk_letter_writer_letter FOREIGN KEY (letter_id) REFERENCES letter (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
