-- A unit without a configured duty address is told through its people in the organisation
-- directory (Keycloak): the consumer records one notice per channel with whom to look up, and the
-- sender looks them up when it is due (retried with the notice's backoff while Keycloak is down),
-- then records one notice per person (recipient_ref <unit>/<username>) and marks the lookup
-- RESOLVED, or NOBODY when nobody in the unit has an address on that channel.
ALTER TABLE letter_notification
    -- unit:<code>:<role>,<role> or person:<username>; null for a notice with its address.
    ADD COLUMN lookup VARCHAR(200);
