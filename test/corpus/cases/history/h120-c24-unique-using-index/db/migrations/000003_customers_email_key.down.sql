-- case: down drops the constraint (and its index) with a lock_timeout
-- expect: clean
-- tool: golang-migrate
SET lock_timeout = '2s';
ALTER TABLE customers DROP CONSTRAINT customers_email_key;
