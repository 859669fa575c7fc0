-- case: dbmate: DROP TABLE IF EXISTS helpdesk.escalations CASCADE drops a live table. The history here plainly does not hold the whole helpdesk schema: it alters helpdesk.agent_profiles and references helpdesk.agents without creating them, and creates only one table of the schema, so escalations is unknown, not absent, and the DROP ... IF EXISTS is no no-op (it is reported as when the history only alters helpdesk tables). The down re-creates escalations and drops the table its up created (not flagged).
-- expect: drop-table@5, require-lock-timeout@5, foreign-key-without-index@7, foreign-key-without-index@20, require-lock-timeout@20
-- tool: dbmate
-- migrate:up
DROP TABLE IF EXISTS helpdesk.escalations CASCADE;

CREATE TABLE IF NOT EXISTS helpdesk.escalation_requests (
    id uuid PRIMARY KEY,
    agent_id uuid NOT NULL REFERENCES helpdesk.agents (id),
    ticket_ref text NOT NULL,
    reason_id int REFERENCES helpdesk.escalation_reasons (id),
    requested_at timestamp NOT NULL,
    resolved_at timestamp
);

ALTER TABLE helpdesk.escalation_requests
    ADD CONSTRAINT escalation_requests_agent_ticket_unique UNIQUE (agent_id, ticket_ref);

-- migrate:down
CREATE TABLE IF NOT EXISTS helpdesk.escalations (
    id uuid PRIMARY KEY,
    agent_id uuid NOT NULL REFERENCES helpdesk.agents (id),
    ticket_ref text NOT NULL,
    reason_id int REFERENCES helpdesk.escalation_reasons (id),
    requested_at timestamp NOT NULL,
    resolved_at timestamp
);

DROP TABLE IF EXISTS helpdesk.escalation_requests CASCADE;
