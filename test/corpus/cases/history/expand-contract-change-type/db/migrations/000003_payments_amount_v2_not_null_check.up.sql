-- case: backfilled elsewhere; now the NOT VALID check for the new column
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE payments ADD CONSTRAINT payments_amount_v2_not_null CHECK (amount_v2 IS NOT NULL) NOT VALID;
