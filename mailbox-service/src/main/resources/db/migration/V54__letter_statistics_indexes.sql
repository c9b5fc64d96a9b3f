-- A month's statistics read the letters submitted, answered or due in it (three ranges joined by
-- OR; submitted_at is indexed by V42). Where a month is a small part of the table (a county's
-- years of letters) MariaDB merges three index range scans instead of reading every letter.
CREATE INDEX ix_letter_answered_at ON letter (answered_at);
CREATE INDEX ix_letter_due_date ON letter (due_date);
