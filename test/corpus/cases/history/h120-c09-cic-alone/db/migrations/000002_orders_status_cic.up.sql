-- case: CIC alone in its file (golang-migrate runs it as a single statement)
-- expect: clean
-- tool: golang-migrate
CREATE INDEX CONCURRENTLY IF NOT EXISTS orders_status_idx ON orders USING btree (status) WHERE status <> 'done';
