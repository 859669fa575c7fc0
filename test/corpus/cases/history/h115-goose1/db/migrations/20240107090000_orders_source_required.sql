-- case: Up drops a NOT NULL column; Down re-adds it NOT NULL without a default (fails on a non-empty orders)
-- expect: drop-column@7, add-required-column@11
-- tool: goose

-- +goose Up
SET lock_timeout = '2s';
ALTER TABLE orders DROP COLUMN customer_id;

-- +goose Down
SET lock_timeout = '2s';
ALTER TABLE orders ADD COLUMN customer_id bigint NOT NULL;
