-- case: unique constraint step 2: attach the index
-- tool: dbmate
-- expect: clean

-- migrate:up
SET lock_timeout = '5s';
ALTER TABLE customers ADD CONSTRAINT customers_email_key UNIQUE USING INDEX customers_email_key;

-- migrate:down
SET lock_timeout = '5s';
ALTER TABLE customers DROP CONSTRAINT customers_email_key;
