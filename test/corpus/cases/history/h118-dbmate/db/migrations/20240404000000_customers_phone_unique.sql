-- case: unique steps merged: CONCURRENTLY inside dbmate transaction
-- tool: dbmate
-- expect: concurrently-in-transaction@6, require-lock-timeout@7, require-lock-timeout@10

-- migrate:up
CREATE UNIQUE INDEX CONCURRENTLY customers_phone_key ON customers (phone);
ALTER TABLE customers ADD CONSTRAINT customers_phone_key UNIQUE USING INDEX customers_phone_key;

-- migrate:down
ALTER TABLE customers DROP CONSTRAINT customers_phone_key;
