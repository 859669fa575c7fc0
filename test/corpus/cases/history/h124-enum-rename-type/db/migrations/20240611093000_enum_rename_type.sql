-- case: ALTER TYPE ... RENAME TO takes no lock on tables
-- expect: clean
-- tool: goose

-- +goose Up
ALTER TYPE order_status RENAME TO order_state;

-- +goose Down
ALTER TYPE order_state RENAME TO order_status;
