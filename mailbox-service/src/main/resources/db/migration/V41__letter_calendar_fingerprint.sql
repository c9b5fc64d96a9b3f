-- The fingerprint of the holiday schedule a letter's due date was last checked against. NULL:
-- not checked since it was computed; such letters are checked at the next calendar change.
ALTER TABLE letter ADD COLUMN calendar_fingerprint VARCHAR(32) NULL;
