-- Markers of one-time seeding (the demo county's letters): the primary key lets exactly one replica seed.
CREATE TABLE seed_marker
(
  name      VARCHAR(100) NOT NULL,
  seeded_at DATETIME(6)  NOT NULL,
  PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
