-- case: index build while holding AccessExclusiveLock
-- tool: plain
-- expect: require-lock-timeout@5, require-concurrent-index@6, lock-held-during-slow-operation@6
BEGIN;
ALTER TABLE accounts ADD COLUMN region text;
CREATE INDEX accounts_region_idx ON accounts (region);
COMMIT;
