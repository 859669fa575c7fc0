-- case: SET LOCAL ends with the explicit transaction; the ALTER after COMMIT has no timeout
-- expect: require-lock-timeout@10
-- tool: golang-migrate
BEGIN;
SET LOCAL lock_timeout = '2s';
ALTER TABLE orders ADD COLUMN channel text;
ALTER TABLE orders ADD COLUMN channel_ref text;
COMMIT;

ALTER TABLE customers ADD COLUMN acquisition_channel text;
