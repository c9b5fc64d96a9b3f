-- The exchange schema is owned by document-exchange-service alone; features add their tables in later migrations.
-- This baseline makes Flyway create its history table, so every later change is versioned.
SELECT 1;
