-- case: a plain SET inside the transaction outlives COMMIT
-- expect: clean
-- tool: golang-migrate
BEGIN;
SET lock_timeout = '2s';
ALTER TABLE orders DROP COLUMN channel_ref, DROP COLUMN channel;
COMMIT;
ALTER TABLE customers DROP COLUMN acquisition_channel;
