-- 疑似重复 stored with the letter: every letter detail and work-list line showed it, and each looked it
-- up in letter_fingerprint (a statement per step of a letter's life). The flag is decided once, when
-- the letter comes in (LetterFingerprints), and never changes. ADD COLUMN with a default is instant.
ALTER TABLE letter ADD COLUMN suspected_duplicate BOOLEAN NOT NULL DEFAULT FALSE;

UPDATE letter l JOIN letter_fingerprint f ON f.letter_id = l.id
SET l.suspected_duplicate = TRUE
WHERE f.candidates_at_submission > 0;
