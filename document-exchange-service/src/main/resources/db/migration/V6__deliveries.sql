-- One delivery (送达) per recipient unit of a dispatched document, created by the Kafka fan-out.
-- The unique key (document_id, recipient_code) is what makes a redelivered or re-sent dispatch
-- event find the existing copy instead of creating a second one. The aggregate's state is JSON
-- (`state`, written and read only by Deliveries); the columns beside it serve the inbox and the
-- tracking board. `version` is the optimistic lock.
CREATE TABLE delivery (
    id                  CHAR(36)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    document_id         CHAR(36)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    recipient_code      VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    sender_code         VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    status              VARCHAR(16)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    urgency_rank        TINYINT      NOT NULL COMMENT '0 特急, 1 加急, 2 none: the inbox lists urgent first',
    delivered_at        TIMESTAMP(6) NOT NULL,
    version             BIGINT       NOT NULL,
    state               LONGTEXT     NOT NULL,
    receipt_signature   BLOB         NULL COMMENT 'the receiving unit''s signature over the receipt''s canonical form',
    receipt_certificate BLOB         NULL COMMENT 'DER of the certificate that signed the receipt',
    PRIMARY KEY (id),
    UNIQUE KEY uk_delivery_document_recipient (document_id, recipient_code),
    KEY ix_delivery_inbox (recipient_code, status, urgency_rank, delivered_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
