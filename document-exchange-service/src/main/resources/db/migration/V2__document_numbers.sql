-- 发文字号 allocation: one counter row per (unit, 代字, year), incremented inside the transaction
-- of the document that takes the number, so a rollback gives the number back (no gap) and the
-- row lock makes concurrent dispatches wait their turn (no duplicate). Runs on MySQL 8 and
-- MariaDB 10.11. Binary collation: two different 代字 never compare equal.
CREATE TABLE document_number_counter (
    unit_code     VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    prefix        VARCHAR(20) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL COMMENT '机关代字',
    number_year   SMALLINT    NOT NULL,
    last_sequence INT         NOT NULL COMMENT 'the highest number taken by a committed (or the locking) transaction',
    PRIMARY KEY (unit_code, prefix, number_year)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Which document took which number. The primary key is a second, independent guard against a
-- duplicate; the unique document id makes a retried dispatch get its number back, not a new one.
CREATE TABLE document_number (
    unit_code    VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    prefix       VARCHAR(20) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    number_year  SMALLINT    NOT NULL,
    sequence     INT         NOT NULL,
    document_id  VARCHAR(64) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    allocated_at TIMESTAMP(6) NOT NULL DEFAULT CURRENT_TIMESTAMP(6),
    PRIMARY KEY (unit_code, prefix, number_year, sequence),
    CONSTRAINT uk_document_number_document UNIQUE (document_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
