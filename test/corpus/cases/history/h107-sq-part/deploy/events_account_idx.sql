-- case: sqitch: CREATE INDEX on the partitioned parent locks every partition
-- expect: partitioned-index-lock@8, require-lock-timeout@8
-- tool: sqitch

-- Deploy metrics:events_account_idx to pg

BEGIN;
CREATE INDEX events_account_id_idx ON events (account_id);
COMMIT;
