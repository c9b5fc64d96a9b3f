-- For which due date the handling unit was told that the letter is due soon (到期提醒). The job sets
-- it with a conditional UPDATE, so with several instances, or after a restart, each due date is
-- announced once; an extension or a recomputed due date is announced again.
ALTER TABLE letter
    ADD COLUMN due_soon_notice_due DATE NULL;
