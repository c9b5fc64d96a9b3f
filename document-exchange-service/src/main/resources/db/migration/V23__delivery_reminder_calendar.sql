-- 催办: the working-day calendar (its schedule's fingerprint) next_reminder_at was computed on.
-- When the calendar changes, the pending copies computed on another one are recomputed
-- (ReminderRecomputation); NULL (rows written before this column) counts as another one.
ALTER TABLE delivery
    ADD COLUMN calendar_fingerprint VARCHAR(32) NULL DEFAULT NULL AFTER next_reminder_at,
    ADD KEY ix_delivery_status_calendar (status, calendar_fingerprint);
