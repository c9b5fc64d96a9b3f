-- A change written by the test application, and how often its event took effect.
CREATE TABLE recorded_change
(
  id           VARCHAR(36) NOT NULL,
  applied      INT         NOT NULL DEFAULT 0,
  PRIMARY KEY (id)
);
