-- Notifications sent (or not) for letter events: one row per event, channel and recipient, so a
-- redelivered event does not send twice. The address is kept masked only (138****1234,
-- z***@example.com); the full one is read from the letter (encrypted) or the configuration.
CREATE TABLE letter_notification (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    event_id          VARCHAR(64)   NOT NULL,
    letter_id         CHAR(36)      NOT NULL,
    occasion          VARCHAR(20)   NOT NULL,
    channel           VARCHAR(10)   NOT NULL,
    audience          VARCHAR(10)   NOT NULL,
    recipient_ref     VARCHAR(64)   NOT NULL,
    recipient_masked  VARCHAR(200),
    template          VARCHAR(30)   NOT NULL,
    status            VARCHAR(10)   NOT NULL,
    attempts          INT           NOT NULL,
    last_error        VARCHAR(500),
    created_at        DATETIME(6)   NOT NULL,
    sent_at           DATETIME(6),
    PRIMARY KEY (id),
    UNIQUE KEY uk_letter_notification (event_id, channel, audience, recipient_ref),
    KEY ix_letter_notification_letter (letter_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
