-- Mailboxes become data a platform administrator keeps (mailboxes package): a version for optimistic
-- locking, an optional introduction for the website, closing to new letters (never deleting: letters
-- reference the mailbox), each mailbox's own answering periods, and who changed what.

ALTER TABLE mailbox
    ADD COLUMN version   BIGINT        NOT NULL DEFAULT 0,
    ADD COLUMN intro     VARCHAR(500)  NULL,
    ADD COLUMN closed_at DATETIME(6)   NULL;

-- Citizens pick a mailbox by its name: two with the same name would be indistinguishable.
CREATE UNIQUE INDEX uq_mailbox_name ON mailbox (name);

-- Working days per letter type for one mailbox, over the county-wide periods of application.yml
-- (zhengtong.mailbox.deadlines.working-days.*); a type without a row follows the county-wide period.
-- The single source of per-mailbox periods (the former yml key ...deadlines.mailboxes.* is refused).
CREATE TABLE mailbox_period (
    mailbox_code  VARCHAR(64)  NOT NULL,
    letter_type   VARCHAR(20)  NOT NULL,
    working_days  INT          NOT NULL,
    PRIMARY KEY (mailbox_code, letter_type),
    CONSTRAINT fk_mailbox_period_mailbox FOREIGN KEY (mailbox_code) REFERENCES mailbox (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every administrative change of a mailbox: who, when, what (the changes in Chinese); append-only.
CREATE TABLE mailbox_history (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    mailbox_code  VARCHAR(64)   NOT NULL,
    at            DATETIME(6)   NOT NULL,
    username      VARCHAR(100)  NOT NULL,
    name          VARCHAR(100),
    action        VARCHAR(20)   NOT NULL,
    changes       TEXT,
    PRIMARY KEY (id),
    KEY ix_mailbox_history_mailbox (mailbox_code, id),
    CONSTRAINT fk_mailbox_history_mailbox FOREIGN KEY (mailbox_code) REFERENCES mailbox (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
