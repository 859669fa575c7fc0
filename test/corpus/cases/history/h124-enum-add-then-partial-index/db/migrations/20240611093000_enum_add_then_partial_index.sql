-- case: ADD VALUE then a partial index on the new value in the same transaction: ERROR unsafe use of new value
-- expect: enum-value-change@8, require-concurrent-index@8, require-concurrent-drop-index@11, require-lock-timeout@11
-- tool: goose

-- +goose Up
SET lock_timeout = '2s';
ALTER TYPE order_status ADD VALUE 'on_hold';
CREATE INDEX orders_on_hold_idx ON orders (id) WHERE status = 'on_hold';

-- +goose Down
DROP INDEX orders_on_hold_idx;
