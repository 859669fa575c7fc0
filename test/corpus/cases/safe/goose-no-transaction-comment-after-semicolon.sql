-- case: goose NO TRANSACTION with a `--` comment after the SET's `;`: goose still ends the query at that line, so CREATE INDEX CONCURRENTLY is sent on its own
-- expect: clean
-- tool: goose

-- +goose NO TRANSACTION
-- +goose Up
SET lock_timeout = '2s'; -- fail fast instead of queueing behind a long transaction
CREATE INDEX CONCURRENTLY idx_orders_customer_id ON orders (customer_id);

-- +goose Down
SET lock_timeout = '2s';
DROP INDEX CONCURRENTLY IF EXISTS idx_orders_customer_id;
