-- case: Flyway detects CREATE INDEX CONCURRENTLY and runs the migration outside a transaction
-- expect: clean
-- tool: flyway

CREATE INDEX CONCURRENTLY IF NOT EXISTS customers_email_idx ON customers (email);
