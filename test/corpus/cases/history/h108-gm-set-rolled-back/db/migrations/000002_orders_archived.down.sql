-- case: RESET brings back the default (0: wait forever)
-- expect: require-lock-timeout@7
-- tool: golang-migrate
SET lock_timeout = '2s';
SELECT count(*) FROM orders WHERE archived_at IS NOT NULL;
RESET lock_timeout;
ALTER TABLE orders DROP COLUMN archived_at;
