-- Month-end snapshots of the statistics per unit (statistics package, README "Statistics"): a
-- closed, settled month is counted once and then read from here, so a published 每月通报 never
-- changes and a request reads a few rows instead of the month's letters.
CREATE TABLE statistics_snapshot
(
  report_month CHAR(7)     NOT NULL, -- yyyy-MM (Asia/Shanghai)
  taken_at     DATETIME(6) NOT NULL, -- UTC: the figures are the letters' state at this instant (截至)
  PRIMARY KEY (report_month)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Raw counts, not rates: months add up to the year-end assessment. The unit's name and place are
-- kept as published.
CREATE TABLE statistics_snapshot_unit
(
  report_month        CHAR(7)      NOT NULL,
  unit_code           VARCHAR(64)  NOT NULL,
  unit_name           VARCHAR(200) NOT NULL,
  position            INT          NOT NULL,
  received            BIGINT       NOT NULL,
  answered            BIGINT       NOT NULL,
  answered_on_time    BIGINT       NOT NULL,
  working_days        BIGINT       NOT NULL, -- summed over the answers; the average is derived
  satisfied           BIGINT       NOT NULL,
  basically_satisfied BIGINT       NOT NULL,
  unsatisfied         BIGINT       NOT NULL,
  overdue             BIGINT       NOT NULL,
  PRIMARY KEY (report_month, unit_code),
  CONSTRAINT fk_statistics_snapshot_unit_month FOREIGN KEY (report_month) REFERENCES statistics_snapshot (report_month)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
