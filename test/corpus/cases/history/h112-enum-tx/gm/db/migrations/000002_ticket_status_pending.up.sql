-- case: golang-migrate sends the file as one implicit transaction: the new value cannot be used in it
-- expect: enum-value-change@6
-- tool: golang-migrate

ALTER TYPE ticket_status ADD VALUE IF NOT EXISTS 'pending' BEFORE 'closed';
UPDATE tickets SET status = 'pending' WHERE id IN (SELECT id FROM tickets WHERE status = 'open' LIMIT 1000);
