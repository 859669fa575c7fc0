-- case: goose: the up mixes expand and contract (flagged); the down undoes both (not flagged)
-- expect: mixed-expand-contract@8, drop-column@8
-- tool: goose

-- +goose Up
SET LOCAL lock_timeout = '2s';
ALTER TABLE invoices ADD COLUMN due_at timestamptz;
ALTER TABLE invoices DROP COLUMN due_on;

-- +goose Down
SET LOCAL lock_timeout = '2s';
ALTER TABLE invoices ADD COLUMN due_on date;
ALTER TABLE invoices DROP COLUMN due_at;
