-- case: dbmate: RENAME VALUE up and back down
-- expect: enum-value-change@6, enum-value-change@9
-- tool: dbmate

-- migrate:up
ALTER TYPE ticket_priority RENAME VALUE 'urgent' TO 'critical';

-- migrate:down
ALTER TYPE ticket_priority RENAME VALUE 'critical' TO 'urgent';
