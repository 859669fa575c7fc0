-- case: replace an index with a partial one: build the new one, drop the old one, both concurrently
-- expect: clean

CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_status_active_idx ON orders (status) WHERE status <> 'archived';
DROP INDEX CONCURRENTLY IF EXISTS orders_status_idx;
