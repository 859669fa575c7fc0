-- migrate:up
ALTER TABLE helpdesk.agent_profiles
    ADD COLUMN weekly_hours float,
    ADD COLUMN open_ticket_limit bigint;

CREATE TABLE IF NOT EXISTS helpdesk.agent_skills (
    agent_id uuid NOT NULL REFERENCES helpdesk.agents (id),
    skill text NOT NULL,
    created_at timestamptz NOT NULL
);

ALTER TABLE helpdesk.agent_skills
    ADD CONSTRAINT agent_skills_agent_id_skill_unique UNIQUE (agent_id, skill);

-- migrate:down
ALTER TABLE helpdesk.agent_profiles
    DROP COLUMN weekly_hours,
    DROP COLUMN open_ticket_limit;

DROP TABLE IF EXISTS helpdesk.agent_skills CASCADE;
