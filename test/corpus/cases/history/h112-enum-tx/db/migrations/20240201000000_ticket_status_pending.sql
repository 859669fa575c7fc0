-- case: goose NO TRANSACTION: ADD VALUE commits on its own, so the next statement may use the value
-- expect: clean
-- tool: goose

-- +goose NO TRANSACTION
-- +goose Up
ALTER TYPE ticket_status ADD VALUE IF NOT EXISTS 'pending' BEFORE 'closed';
UPDATE tickets SET status = 'pending' WHERE id IN (SELECT id FROM tickets WHERE status = 'open' LIMIT 1000);

-- +goose Down
SELECT 1;
