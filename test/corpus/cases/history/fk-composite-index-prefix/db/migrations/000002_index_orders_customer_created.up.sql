-- case: composite index built concurrently, alone in its golang-migrate file
-- expect: clean
-- tool: golang-migrate

CREATE INDEX CONCURRENTLY orders_customer_id_created_at_idx ON orders (customer_id, created_at);
