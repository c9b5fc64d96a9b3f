-- The assisting units (协办单位) of a letter, one row each, so an assisting unit's work list reads
-- its letters from an index as the lead unit's does: letter.assisting_units (a comma-separated list,
-- still what the letter is restored from) cannot be searched by unit. status and submitted_at are
-- copies of the letter's, kept by the store on every change (Letters.update), so the ids of a page
-- and the count come from ix_letter_assisting_unit_status alone.
CREATE TABLE letter_assisting_unit (
    letter_id     CHAR(36)     NOT NULL,
    unit_code     VARCHAR(64)  NOT NULL,
    status        VARCHAR(30)  NOT NULL,
    submitted_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (letter_id, unit_code),
    KEY ix_letter_assisting_unit_status (unit_code, status, submitted_at),
    CONSTRAINT fk_letter_assisting_unit_letter FOREIGN KEY (letter_id) REFERENCES letter (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The letters already assigned: the n-th code of each list (n = 1..100, more than any letter has).
INSERT INTO letter_assisting_unit (letter_id, unit_code, status, submitted_at)
SELECT l.id, SUBSTRING_INDEX(SUBSTRING_INDEX(l.assisting_units, ',', n.n), ',', -1), l.status, l.submitted_at
FROM letter l
JOIN (SELECT tens.d * 10 + ones.d + 1 AS n
      FROM (SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4
            UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) tens
      CROSS JOIN (SELECT 0 AS d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4
            UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) ones) n
  ON n.n <= 1 + CHAR_LENGTH(l.assisting_units) - CHAR_LENGTH(REPLACE(l.assisting_units, ',', ''))
WHERE l.assisting_units IS NOT NULL AND l.assisting_units <> '';
