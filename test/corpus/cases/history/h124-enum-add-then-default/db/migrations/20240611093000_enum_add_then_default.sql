-- case: ADD VALUE then SET DEFAULT to the new value in the same transaction: PG15 ERROR unsafe use of new value
-- expect: enum-value-change@8
-- tool: goose

-- +goose Up
SET lock_timeout = '2s';
ALTER TYPE order_status ADD VALUE 'draft' BEFORE 'pending';
ALTER TABLE orders ALTER COLUMN status SET DEFAULT 'draft';

-- +goose Down
SET lock_timeout = '2s';
ALTER TABLE orders ALTER COLUMN status SET DEFAULT 'pending';
