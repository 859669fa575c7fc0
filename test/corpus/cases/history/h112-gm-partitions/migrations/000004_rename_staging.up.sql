-- case: the staging tables get their final names (no application code uses them)
-- expect: rename-table@6, rename-table@7
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE metrics_2025_staging RENAME TO metrics_2025;
ALTER TABLE metrics_2026_staging RENAME TO metrics_2026;
ALTER TABLE metrics_2026 DROP CONSTRAINT metrics_2026_bound;
