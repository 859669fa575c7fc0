-- case: unique constraint step 1: unique index built concurrently outside a transaction
-- tool: dbmate
-- expect: clean

-- migrate:up transaction:false
CREATE UNIQUE INDEX CONCURRENTLY customers_email_key ON customers (email);

-- migrate:down transaction:false
DROP INDEX CONCURRENTLY customers_email_key;
