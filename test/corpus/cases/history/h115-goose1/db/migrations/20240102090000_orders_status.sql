-- case: Up adds a column with lock_timeout; Down drops it without one (the SET in Up does not carry over)
-- expect: require-lock-timeout@10
-- tool: goose

-- +goose Up
SET lock_timeout = '2s';
ALTER TABLE orders ADD COLUMN shipped_at timestamptz;

-- +goose Down
ALTER TABLE orders DROP COLUMN shipped_at;
