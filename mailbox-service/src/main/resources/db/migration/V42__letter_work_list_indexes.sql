-- Indexes for the queries that read a mailbox's whole history at 1,000,000 letters (EXPLAIN on the
-- benchmark's seeded schema; benchmarks/README.md "Changes since the measurement").
--
-- Open extension requests (the dispatcher's default work list, the supervisors'): ext_days is set
-- only while a request waits for a decision, so this index has few non-NULL entries. Without it
-- "mailbox_code IN (...) AND ext_days IS NOT NULL" walked every letter of the mailbox.
CREATE INDEX ix_letter_open_extension ON letter (ext_days);

-- The lead unit's work list, newest first: with submitted_at the ids come from the index alone,
-- also for several states at once (it replaces the index without submitted_at).
CREATE INDEX ix_letter_lead_unit_status_submitted ON letter (lead_unit, status, submitted_at);
DROP INDEX ix_letter_lead_unit_status ON letter;

-- The first submission (which months the public monthly report offers): was a scan of every letter.
CREATE INDEX ix_letter_submitted_at ON letter (submitted_at);
