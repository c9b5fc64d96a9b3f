-- Mailboxes, letters and their history. Instants are DATETIME(6) in UTC (hibernate.jdbc.time_zone),
-- dates are Asia/Shanghai calendar days. Phone, e-mail and ID number hold AES-GCM ciphertext
-- (base64), never the plain value. Works on MySQL 8 and MariaDB 10.11.

CREATE TABLE mailbox (
    code        VARCHAR(64)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    owner_unit  VARCHAR(64)  NOT NULL,
    sort_order  INT          NOT NULL,
    PRIMARY KEY (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The party secretary's and county head's mailboxes, the education bureau's, and the petition
-- bureau's (信访局), whose dispatcher is the demo dispatcher.
INSERT INTO mailbox (code, name, owner_unit, sort_order) VALUES
    ('party-secretary', '书记信箱', 'party-office', 1),
    ('county-head', '县长信箱', 'gov-office', 2),
    ('petition', '信访局信箱', 'petition', 3),
    ('education', '县教育局信箱', 'education', 4);

CREATE TABLE letter (
    id                      CHAR(36)      NOT NULL,
    version                 BIGINT        NOT NULL,
    tracking_code           CHAR(12)      NOT NULL,
    query_password_hash     VARCHAR(100)  NOT NULL,
    mailbox_code            VARCHAR(64)   NOT NULL,
    submitted_type          VARCHAR(20)   NOT NULL,
    type                    VARCHAR(20)   NOT NULL,
    status                  VARCHAR(30)   NOT NULL,
    subject                 VARCHAR(200)  NOT NULL,
    body                    TEXT          NOT NULL,
    contact_name            VARCHAR(50),
    contact_phone_enc       VARCHAR(200),
    contact_email_enc       VARCHAR(400),
    contact_id_number_enc   VARCHAR(200),
    consent_to_publish      BOOLEAN       NOT NULL,
    submitted_at            DATETIME(6)   NOT NULL,
    submitted_by            VARCHAR(100),
    rejection_reason        VARCHAR(1000),
    merged_into             CHAR(36),
    designated_leader       VARCHAR(100),
    designated_leader_name  VARCHAR(100),
    instruction             TEXT,
    lead_unit               VARCHAR(64),
    assisting_units         VARCHAR(1000),
    period_start            DATE,
    working_days            INT           NOT NULL,
    extension_days          INT           NOT NULL,
    due_date                DATE,
    ext_days                INT,
    ext_reason              VARCHAR(1000),
    ext_requested_by        VARCHAR(100),
    ext_unit                VARCHAR(64),
    ext_requested_at        DATETIME(6),
    reply_text              TEXT,
    reply_drafted_by        VARCHAR(100),
    answered_at             DATETIME(6),
    rating                  VARCHAR(30),
    rating_before_reopen    VARCHAR(30),
    reopen_reason           VARCHAR(1000),
    reopened                BOOLEAN       NOT NULL,
    closed_at               DATETIME(6),
    PRIMARY KEY (id),
    UNIQUE KEY uk_letter_tracking_code (tracking_code),
    KEY ix_letter_mailbox_status (mailbox_code, status, submitted_at),
    KEY ix_letter_lead_unit_status (lead_unit, status),
    KEY ix_letter_status_due (status, due_date),
    CONSTRAINT fk_letter_mailbox FOREIGN KEY (mailbox_code) REFERENCES mailbox (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who did what and when; append-only, ordered by seq within a letter.
CREATE TABLE letter_history (
    letter_id     CHAR(36)      NOT NULL,
    seq           INT           NOT NULL,
    at            DATETIME(6)   NOT NULL,
    username      VARCHAR(100),
    name          VARCHAR(100),
    role          VARCHAR(20),
    unit_code     VARCHAR(64),
    action        VARCHAR(30)   NOT NULL,
    status_after  VARCHAR(30)   NOT NULL,
    remark        TEXT,
    PRIMARY KEY (letter_id, seq),
    CONSTRAINT fk_letter_history_letter FOREIGN KEY (letter_id) REFERENCES letter (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Letters merged into this one as duplicates.
CREATE TABLE letter_duplicate (
    letter_id     CHAR(36)  NOT NULL,
    seq           INT       NOT NULL,
    duplicate_id  CHAR(36)  NOT NULL,
    PRIMARY KEY (letter_id, seq),
    CONSTRAINT fk_letter_duplicate_letter FOREIGN KEY (letter_id) REFERENCES letter (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
