-- Channels (栏目) and articles with their review workflow. Runs on MySQL 8 and MariaDB 10.11.
-- Times are UTC (the service writes them so); ids are surrogate keys, channel codes are the
-- stable names used in URLs and events.

CREATE TABLE channel
(
  id         BIGINT       NOT NULL AUTO_INCREMENT,
  code       VARCHAR(64)  NOT NULL,
  name       VARCHAR(100) NOT NULL,
  parent_id  BIGINT       NULL,
  unit_code  VARCHAR(64)  NOT NULL, -- the unit (organisation directory code) whose editors write here
  sort_order INT          NOT NULL DEFAULT 0,
  news       BOOLEAN      NOT NULL DEFAULT FALSE, -- its articles go into the news RSS feed
  PRIMARY KEY (id),
  CONSTRAINT uk_channel_code UNIQUE (code),
  CONSTRAINT fk_channel_parent FOREIGN KEY (parent_id) REFERENCES channel (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE article
(
  id               BIGINT       NOT NULL AUTO_INCREMENT,
  version          BIGINT       NOT NULL, -- optimistic locking: every change names the version it saw
  channel_id       BIGINT       NOT NULL,
  unit_code        VARCHAR(64)  NOT NULL, -- the owning unit: the channel's unit when last written
  title            VARCHAR(200) NOT NULL,
  summary          VARCHAR(500) NULL,
  body_html        MEDIUMTEXT   NOT NULL, -- sanitised on every write
  body_text        MEDIUMTEXT   NOT NULL, -- plain text of body_html, for search and summaries
  status           VARCHAR(20)  NOT NULL,
  rejection_reason VARCHAR(500) NULL,
  author_username  VARCHAR(100) NOT NULL,
  author_name      VARCHAR(100) NOT NULL,
  created_at       DATETIME(6)  NOT NULL,
  updated_at       DATETIME(6)  NOT NULL,
  submitted_at     DATETIME(6)  NULL,
  published_at     DATETIME(6)  NULL,
  withdrawn_at     DATETIME(6)  NULL,
  PRIMARY KEY (id),
  KEY ix_article_status_published (status, published_at),
  KEY ix_article_unit_updated (unit_code, updated_at),
  KEY ix_article_updated (updated_at),
  KEY ix_article_channel_status (channel_id, status, published_at),
  CONSTRAINT fk_article_channel FOREIGN KEY (channel_id) REFERENCES channel (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every transition of an article: who did what, when, and why (for rejections and withdrawals).
CREATE TABLE article_history
(
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  article_id     BIGINT       NOT NULL,
  action         VARCHAR(20)  NOT NULL,
  actor_username VARCHAR(100) NOT NULL,
  actor_name     VARCHAR(100) NOT NULL,
  reason         VARCHAR(500) NULL,
  occurred_at    DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  KEY ix_article_history_article (article_id, id),
  CONSTRAINT fk_article_history_article FOREIGN KEY (article_id) REFERENCES article (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Markers of one-time seeding (the demo county): the primary key lets exactly one replica seed.
CREATE TABLE seed_marker
(
  name      VARCHAR(100) NOT NULL,
  seeded_at DATETIME(6)  NOT NULL,
  PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The demo county's channels. Top-level channels belong to the portal's host unit (the county
-- government office); a department keeps its own sub-site channels.
INSERT INTO channel (code, name, parent_id, unit_code, sort_order, news) VALUES
  ('news',      '政务要闻', NULL, 'gov-office', 10, TRUE),
  ('notices',   '通知公告', NULL, 'gov-office', 20, FALSE),
  ('policy',    '政策文件', NULL, 'gov-office', 30, FALSE),
  ('dept-news', '部门动态', NULL, 'gov-office', 40, TRUE),
  ('town-news', '乡镇动态', NULL, 'gov-office', 50, TRUE),
  ('egov',      '电子政务', NULL, 'gov-office', 60, TRUE),
  ('culture-tourism', '文化旅游', NULL, 'culture-tourism', 100, FALSE);

INSERT INTO channel (code, name, parent_id, unit_code, sort_order, news)
SELECT 'tourism', '旅游资讯', id, 'culture-tourism', 10, TRUE FROM channel WHERE code = 'culture-tourism';
