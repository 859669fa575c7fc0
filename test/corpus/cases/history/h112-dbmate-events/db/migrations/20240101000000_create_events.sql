-- migrate:up
CREATE TABLE events (
    id bigint NOT NULL,
    account_id bigint NOT NULL,
    kind text NOT NULL,
    created_at timestamptz NOT NULL
) PARTITION BY RANGE (created_at);

CREATE TABLE events_2024_01 PARTITION OF events
    FOR VALUES FROM ('2024-01-01') TO ('2024-02-01');

-- migrate:down
DROP TABLE events;
