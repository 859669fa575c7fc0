-- case: REFRESH ... CONCURRENTLY is allowed inside a transaction
-- expect: clean
-- tool: goose

-- +goose Up
SET LOCAL lock_timeout = '5s';
REFRESH MATERIALIZED VIEW CONCURRENTLY product_search;

-- +goose Down
SELECT 'down SQL query';
