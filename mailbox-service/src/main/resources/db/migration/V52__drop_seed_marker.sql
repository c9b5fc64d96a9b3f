-- The demo seeding markers moved to the platform's demo_seed_marker (db/platform V4).
DROP TABLE seed_marker;
