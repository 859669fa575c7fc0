-- case: SET NOT NULL on the new column, proven by the validated check
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE payments ALTER COLUMN amount_v2 SET NOT NULL;
ALTER TABLE payments DROP CONSTRAINT payments_amount_v2_not_null;
