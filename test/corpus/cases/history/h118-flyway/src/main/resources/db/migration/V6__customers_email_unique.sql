-- case: unique step 2: constraint from the index
-- tool: flyway
-- expect: clean

SET lock_timeout TO '2s';
ALTER TABLE customers ADD CONSTRAINT uq_customers_email UNIQUE USING INDEX uq_customers_email;
