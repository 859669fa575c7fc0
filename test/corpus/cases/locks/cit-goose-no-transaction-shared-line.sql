-- case: goose NO TRANSACTION, but the SET shares its line with CREATE INDEX CONCURRENTLY: goose ends a query only at a line ending with `;`, so both go in one Exec (one implicit transaction)
-- expect: concurrently-in-transaction@7, concurrently-in-transaction@11
-- tool: goose

-- +goose NO TRANSACTION
-- +goose Up
SET lock_timeout = '2s'; CREATE INDEX CONCURRENTLY idx_orders_customer_id ON orders (customer_id);

-- +goose Down
SET lock_timeout = '2s'; /* then drop the index */
DROP INDEX CONCURRENTLY IF EXISTS idx_orders_customer_id;
