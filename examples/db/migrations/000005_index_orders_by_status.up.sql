-- The safe way: builds the index without blocking writes (golang-migrate does not wrap files in a transaction).
SET lock_timeout = '2s';
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_status_idx ON orders (status);
