-- A month's statistics (statistics package) read three ranges, one query each: the letters
-- received, answered and due in the month. Each index below holds every column its query reads,
-- so a range is read from the index alone (EXPLAIN: "Using index"), never row by row from the
-- table. They replace the single-column indexes of V42/V54 with the same leading column, which
-- serve the other queries (the first submission, lists by date) as before.
-- At 1,000,000 letters: reading a month took 130-166 s with V54 (one OR query joined to mailbox:
-- MariaDB read every letter mailbox by mailbox), ~1 s with these; building them took 23 s
-- (benchmarks/README.md, end of the mailbox part). Cost: a letter's status change now also
-- rewrites its entries in these three indexes.
ALTER TABLE letter
    ADD INDEX ix_letter_submitted_counted (submitted_at, status, lead_unit, mailbox_code),
    ADD INDEX ix_letter_answered_counted (answered_at, status, lead_unit, mailbox_code, submitted_at, due_date, rating),
    ADD INDEX ix_letter_due_counted (due_date, status, lead_unit, mailbox_code, answered_at),
    DROP INDEX ix_letter_submitted_at,
    DROP INDEX ix_letter_answered_at,
    DROP INDEX ix_letter_due_date;
