-- case: PG 12: REINDEX CONCURRENTLY inside goose's transaction fails; the down's plain REINDEX blocks writes
-- expect: concurrently-in-transaction@7, require-concurrent-reindex@10, require-lock-timeout@10
-- tool: goose
-- pg-version: 12

-- +goose Up
REINDEX INDEX CONCURRENTLY orders_customer_id_idx;

-- +goose Down
REINDEX INDEX orders_customer_id_idx;
