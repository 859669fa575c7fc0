-- case: safe way step 2: attach it as a constraint
-- expect: clean
-- tool: flyway

SET lock_timeout = '2s';
ALTER TABLE customers ADD CONSTRAINT customers_name_key UNIQUE USING INDEX customers_name_key;
