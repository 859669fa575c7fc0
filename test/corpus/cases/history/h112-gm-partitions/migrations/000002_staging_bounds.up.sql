-- case: bound CHECKs added NOT VALID on both staging tables
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE metrics_2025_staging ADD CONSTRAINT metrics_2025_bound
    CHECK (recorded_on IS NOT NULL AND recorded_on >= DATE '2025-01-01' AND recorded_on < DATE '2026-01-01') NOT VALID;
ALTER TABLE metrics_2026_staging ADD CONSTRAINT metrics_2026_bound
    CHECK (recorded_on IS NOT NULL AND recorded_on >= DATE '2026-01-01' AND recorded_on < DATE '2027-01-01') NOT VALID;
