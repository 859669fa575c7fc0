-- case: the backfill UPDATE runs in the same Flyway transaction as the ALTER that added the column, so the whole
-- case: table is updated while that AccessExclusiveLock is held.
-- tool: flyway
-- expect: require-lock-timeout@6, lock-held-during-slow-operation@8, unbatched-backfill@8
-- Customers can be suspended by support.
ALTER TABLE customer ADD COLUMN IF NOT EXISTS suspended BOOLEAN;
-- Existing customers are not suspended.
UPDATE customer SET suspended = false WHERE suspended IS NULL;
-- When the suspension started.
ALTER TABLE customer ADD COLUMN IF NOT EXISTS suspended_at timestamp without time zone;
