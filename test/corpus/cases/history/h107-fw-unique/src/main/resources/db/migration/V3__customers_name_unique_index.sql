-- case: safe way step 1: build the unique index concurrently (Flyway runs it outside a transaction)
-- expect: clean
-- tool: flyway

CREATE UNIQUE INDEX CONCURRENTLY customers_name_key ON customers (name);
