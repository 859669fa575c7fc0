-- case: REFRESH ... CONCURRENTLY is allowed inside goose's transaction (unlike CREATE INDEX CONCURRENTLY); the unique index from history makes it valid
-- expect: clean
-- tool: goose

-- +goose Up
SET LOCAL lock_timeout = '2s';
REFRESH MATERIALIZED VIEW CONCURRENTLY sales_by_region;

-- +goose Down
SELECT 1;
