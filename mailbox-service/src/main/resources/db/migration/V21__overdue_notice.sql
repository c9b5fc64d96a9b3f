-- What the overdue reminder last announced for a letter: for which due date, and at which level
-- (0 overdue, 1 yellow card, 2 red card). The job raises the level with a conditional UPDATE, so
-- with two instances running only one of them announces (and notes in the history) each step.
ALTER TABLE letter
    ADD COLUMN overdue_notice_due DATE NULL,
    ADD COLUMN overdue_notice_level INT NULL;
