-- case: NOT NULL the safe way, step 1: CHECK NOT VALID
-- tool: dbmate
-- expect: clean

-- migrate:up
SET lock_timeout = '5s';
ALTER TABLE customers
  ADD CONSTRAINT customers_email_not_null CHECK (email IS NOT NULL) NOT VALID;

-- migrate:down
SET lock_timeout = '5s';
ALTER TABLE customers DROP CONSTRAINT customers_email_not_null;
