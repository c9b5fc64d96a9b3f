-- 收文办理: the receiving unit's handling of a copy it signed for, at most one per delivery (the
-- unique key makes two racing 登记 end in one row and a 409). The aggregate's state is JSON
-- (`state`, written and read only by IncomingHandlings); `version` is the optimistic lock.
CREATE TABLE incoming_handling (
    id          CHAR(36)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    delivery_id CHAR(36)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    document_id CHAR(36)     CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    unit_code   VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    status      VARCHAR(16)  CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    version     BIGINT       NOT NULL,
    state       LONGTEXT     NOT NULL,
    created_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    updated_at  TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (id),
    UNIQUE KEY uk_incoming_handling_delivery (delivery_id),
    KEY ix_incoming_handling_unit (unit_code, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
