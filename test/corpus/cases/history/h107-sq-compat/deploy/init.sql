-- Deploy metrics:init to pg

BEGIN;
CREATE TABLE events (
    id bigint GENERATED ALWAYS AS IDENTITY,
    account_id bigint NOT NULL,
    created_at timestamptz NOT NULL,
    payload jsonb
) PARTITION BY RANGE (created_at);
CREATE TABLE events_2024_01 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2024-02-01');
CREATE TABLE events_2024_02 PARTITION OF events FOR VALUES FROM ('2024-02-01') TO ('2024-03-01');
CREATE TABLE events_2024_03 (LIKE events INCLUDING DEFAULTS);
CREATE TABLE accounts (id bigint PRIMARY KEY, name text NOT NULL, legacy_code text);
CREATE TABLE account_notes (id bigint PRIMARY KEY, account_id bigint NOT NULL, body text);
COMMIT;
