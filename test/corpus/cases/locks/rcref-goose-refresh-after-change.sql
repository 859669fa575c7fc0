-- case: goose: refresh a view after changing what it reads
-- expect: require-concurrent-refresh@7
-- tool: goose

-- +goose Up
SET LOCAL lock_timeout = '2s';
REFRESH MATERIALIZED VIEW daily_revenue WITH DATA;

-- +goose Down
SELECT 'down SQL query';
