-- The working-day calendar's schedule as data (see io.zhengtong.platform.calendar). Only the
-- owner service (zhengtong.calendar.admin.enabled) writes here; the tables exist in every schema
-- because platform migrations are shared. Append-only: each change is a new version holding the
-- whole schedule, so what any deadline was computed on (its fingerprint) can be looked up.
CREATE TABLE calendar_schedule_version
(
  version       BIGINT        NOT NULL,
  fingerprint   VARCHAR(32)   NOT NULL,
  changed_years VARCHAR(200)  NOT NULL,
  changed_by    VARCHAR(100)  NOT NULL,
  changed_at    TIMESTAMP(6)  NOT NULL,
  PRIMARY KEY (version)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE calendar_adjustment
(
  version  BIGINT       NOT NULL,
  day      DATE         NOT NULL,
  kind     VARCHAR(8)   NOT NULL,
  holiday  VARCHAR(50)  NOT NULL,
  PRIMARY KEY (version, day),
  CONSTRAINT fk_calendar_adjustment_version FOREIGN KEY (version) REFERENCES calendar_schedule_version (version)
) DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
