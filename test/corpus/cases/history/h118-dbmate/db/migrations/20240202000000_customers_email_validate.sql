-- case: NOT NULL step 2: VALIDATE in its own migration
-- tool: dbmate
-- expect: clean

-- migrate:up transaction:false
ALTER TABLE customers VALIDATE CONSTRAINT customers_email_not_null;

-- migrate:down
