-- case: constraint from an index built concurrently earlier
-- expect: require-lock-timeout@4
-- tool: golang-migrate
ALTER TABLE customers ADD CONSTRAINT customers_email_key UNIQUE USING INDEX customers_email_key;
