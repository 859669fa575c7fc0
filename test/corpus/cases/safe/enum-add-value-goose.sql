-- case: goose: ADD VALUE inside the tool transaction is fine on PostgreSQL 12+ if the value is not used
-- expect: clean
-- tool: goose

-- +goose Up
ALTER TYPE ticket_priority ADD VALUE IF NOT EXISTS 'critical';

-- +goose Down
SELECT 'down SQL query';
