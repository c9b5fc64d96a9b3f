-- A month's statistics (statistics package) read three ranges, one query each: the letters
-- received, answered and due in the month. Each index below holds every column its query reads,
-- so a range is read from the index alone (EXPLAIN: "Using index"), never row by row from the
-- table. They replace the single-column indexes of V42/V54 with the same leading column, which
-- serve the other queries (the first submission, lists by date) as before.
-- At 1,000,000 letters: reading a month took 130-166 s with V54 (one OR query joined to mailbox:
-- MariaDB read every letter mailbox by mailbox), ~1 s with these; building them took 23 s
-- (benchmarks/README.md, end of the mailbox part).
-- After the range's column, the columns a letter's steps change come last, the status (changed at
-- every step) at the very end: a step changes the letter's entry where it stands (the same page)
-- instead of moving it elsewhere in the index.
ALTER TABLE letter
    ADD INDEX ix_letter_submitted_counted (submitted_at, mailbox_code, lead_unit, status),
    ADD INDEX ix_letter_answered_counted (answered_at, mailbox_code, submitted_at, due_date, lead_unit, rating, status),
    ADD INDEX ix_letter_due_counted (due_date, mailbox_code, answered_at, lead_unit, status),
    DROP INDEX ix_letter_submitted_at,
    DROP INDEX ix_letter_answered_at,
    DROP INDEX ix_letter_due_date;
