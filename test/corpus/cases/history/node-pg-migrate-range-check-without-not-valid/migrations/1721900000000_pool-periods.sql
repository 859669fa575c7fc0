-- Up Migration
-- case: node-pg-migrate SQL file (its package.json beside the folder): the up section adds two nullable dates
-- case: and a CHECK tying them together without NOT VALID, so PostgreSQL scans every pool under an
-- case: AccessExclusiveLock (the new columns are all NULL, but it scans anyway); the boolean with a constant
-- case: default is metadata-only on PostgreSQL 11+. The down section undoes its own up: no drop-column there,
-- case: only its own missing lock_timeout.
-- expect: require-lock-timeout@9, constraint-without-not-valid@13, require-lock-timeout@21

ALTER TABLE dues_pools
  ADD COLUMN IF NOT EXISTS opens_on DATE,
  ADD COLUMN IF NOT EXISTS closes_on DATE;

ALTER TABLE dues_pools
  ADD CONSTRAINT dues_pools_period_chk
  CHECK (opens_on IS NULL OR closes_on IS NULL OR closes_on > opens_on);

ALTER TABLE dues_payments
  ADD COLUMN IF NOT EXISTS pool_chosen_by_hand BOOLEAN NOT NULL DEFAULT FALSE;

-- Down Migration
ALTER TABLE dues_payments DROP COLUMN IF EXISTS pool_chosen_by_hand;
ALTER TABLE dues_pools DROP CONSTRAINT IF EXISTS dues_pools_period_chk;
ALTER TABLE dues_pools
  DROP COLUMN IF EXISTS closes_on,
  DROP COLUMN IF EXISTS opens_on;
