-- case: unique step 1
-- tool: flyway
-- expect: clean

CREATE UNIQUE INDEX CONCURRENTLY uq_customers_email ON customers (email);
