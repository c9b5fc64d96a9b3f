-- Published mailbox letters (选登) as the mailbox service's events delivered them: the portal's
-- copy, so a rebuild of the site index can put them back without asking the mailbox service.
-- The text is public and already masked by the mailbox service.
CREATE TABLE published_letter (
    letter_id     CHAR(36)      NOT NULL,
    title         VARCHAR(200)  NOT NULL,
    body          MEDIUMTEXT    NOT NULL,
    unit_code     VARCHAR(64),
    unit_name     VARCHAR(200),
    mailbox_name  VARCHAR(100),
    published_at  DATETIME(6)   NOT NULL,
    url           VARCHAR(300)  NOT NULL,
    PRIMARY KEY (letter_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
