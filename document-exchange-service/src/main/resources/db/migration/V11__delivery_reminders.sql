-- 催办: when the next automatic reminder of a pending copy is due (NULL once signed for or
-- returned), written with every change of the delivery from the reminder policy, so the
-- scheduler finds due copies by index instead of reading every pending one. The policy decides
-- again when a copy is loaded; this column only says where to look.
ALTER TABLE delivery
    ADD COLUMN next_reminder_at TIMESTAMP(6) NULL DEFAULT NULL AFTER delivered_at,
    ADD KEY ix_delivery_next_reminder (next_reminder_at);

-- Copies delivered before this column existed: looked at on the first run, which reminds them if
-- due and otherwise writes their real time.
UPDATE delivery SET next_reminder_at = delivered_at WHERE status IN ('DELIVERED', 'READ');
