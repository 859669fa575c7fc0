-- case: validate both, each in this non-wrapped... golang-migrate file (one implicit transaction, but the adds were in 000002)
-- expect: clean
-- tool: golang-migrate

ALTER TABLE metrics_2025_staging VALIDATE CONSTRAINT metrics_2025_bound;
ALTER TABLE metrics_2026_staging VALIDATE CONSTRAINT metrics_2026_bound;
