-- case: goose: VACUUM FULL, which also cannot run in the tool transaction
-- expect: table-rewrite-maintenance@6, concurrently-in-transaction@6, require-lock-timeout@6
-- tool: goose

-- +goose Up
VACUUM FULL notifications;

-- +goose Down
SELECT 'down SQL query';
