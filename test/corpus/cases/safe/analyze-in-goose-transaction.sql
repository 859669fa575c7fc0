-- case: ANALYZE runs fine inside the goose transaction
-- expect: clean
-- tool: goose

-- +goose Up
ANALYZE orders;

-- +goose Down
SELECT 'down SQL query';
