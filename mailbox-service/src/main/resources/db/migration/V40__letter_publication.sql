-- 选登: the letters chosen for the website, with the public text as published (personal data
-- already masked), so public pages and events never touch the letter's personal data. One row per
-- letter: unpublishing keeps the row (who took it down, when and why); publishing again reuses it.
CREATE TABLE letter_publication (
    letter_id          CHAR(36)      NOT NULL,
    version            BIGINT        NOT NULL,
    published          BOOLEAN       NOT NULL,
    subject            VARCHAR(200)  NOT NULL,
    content            TEXT          NOT NULL,
    reply              TEXT          NOT NULL,
    letter_type        VARCHAR(20)   NOT NULL,
    mailbox_code       VARCHAR(64)   NOT NULL,
    mailbox_name       VARCHAR(100)  NOT NULL,
    writer             VARCHAR(50)   NOT NULL,
    submitted_on       DATE          NOT NULL,
    replied_on         DATE          NOT NULL,
    unit_code          VARCHAR(64),
    unit_name          VARCHAR(200),
    published_at       DATETIME(6)   NOT NULL,
    published_by       VARCHAR(100)  NOT NULL,
    unpublished_at     DATETIME(6),
    unpublished_by     VARCHAR(100),
    unpublish_reason   VARCHAR(1000),
    PRIMARY KEY (letter_id),
    KEY ix_letter_publication_list (published, published_at),
    CONSTRAINT fk_letter_publication_letter FOREIGN KEY (letter_id) REFERENCES letter (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
