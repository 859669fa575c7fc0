-- case: PG 11 has no REINDEX CONCURRENTLY: only the missing lock timeout (ShareLock on orders)
-- expect: require-lock-timeout@7
-- tool: goose
-- pg-version: 11

-- +goose Up
REINDEX TABLE orders;

-- +goose Down
SELECT 1;
