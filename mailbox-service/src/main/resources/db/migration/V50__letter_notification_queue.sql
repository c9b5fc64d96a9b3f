-- Notifications become a queue: the consumer records each notice PENDING with what to send, and a
-- scheduled sender sends due ones with a growing pause, so a mail or SMS server that is down never
-- holds up the letter events behind it.
-- Rows FAILED before this version meant "being retried by redelivering the event": their events
-- were never marked processed, so they come again and are recorded afresh (with an address).
DELETE FROM letter_notification WHERE status = 'FAILED';

ALTER TABLE letter_notification
    -- The full address, AES-256-GCM with the personal-data key; cleared once the notice is final.
    ADD COLUMN address_enc      VARCHAR(700),
    ADD COLUMN subject          VARCHAR(200),
    -- The rendered text (names the letter, never the writer: see Template).
    ADD COLUMN body             TEXT,
    -- When a PENDING notice may be tried (again).
    ADD COLUMN next_attempt_at  DATETIME(6),
    -- The sender that claimed it until next_attempt_at (a lease): another instance skips it.
    ADD COLUMN claim_token      CHAR(36),
    ADD KEY ix_letter_notification_due (status, next_attempt_at);
