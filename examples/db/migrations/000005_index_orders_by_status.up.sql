-- The safe way: builds the index without blocking writes. Alone in its file, because golang-migrate sends a
-- file as one query, and PostgreSQL runs a multi-statement query as one transaction (where CONCURRENTLY fails).
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_status_idx ON orders (status);
