-- Markers of one-time demo seeding (see io.zhengtong.platform.demo.DemoSeedMarkers): the primary
-- key lets exactly one replica seed. Replaces the portal's and the mailbox's own seed_marker tables;
-- their old markers are not carried over, as seeding also looks whether the content is there.
CREATE TABLE demo_seed_marker
(
  name      VARCHAR(100) NOT NULL,
  seeded_at DATETIME(6)  NOT NULL,
  PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
