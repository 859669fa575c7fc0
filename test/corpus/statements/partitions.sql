-- Declarative partitioning: create, attach and detach partitions.

-- category: partition
CREATE TABLE events (
    id          bigint GENERATED ALWAYS AS IDENTITY,
    account_id  uuid        NOT NULL,
    kind        text        NOT NULL,
    payload     jsonb,
    created_at  timestamptz NOT NULL,
    PRIMARY KEY (id, created_at)
) PARTITION BY RANGE (created_at);

-- category: partition
CREATE TABLE events_2025_01 PARTITION OF events
    FOR VALUES FROM ('2025-01-01 00:00:00+00') TO ('2025-02-01 00:00:00+00');

-- category: partition
CREATE TABLE IF NOT EXISTS events_2025_02 PARTITION OF events
    FOR VALUES FROM ('2025-02-01') TO ('2025-03-01');

-- category: partition
CREATE TABLE events_default PARTITION OF events DEFAULT;

-- category: partition
CREATE TABLE audit_log (
    tenant_id  integer NOT NULL,
    entry      text,
    logged_at  timestamptz DEFAULT now()
) PARTITION BY LIST (tenant_id);

-- category: partition
CREATE TABLE audit_log_big_tenants PARTITION OF audit_log FOR VALUES IN (1, 7, 42);

-- category: partition
CREATE TABLE sessions (
    id      uuid NOT NULL,
    user_id bigint NOT NULL,
    data    bytea
) PARTITION BY HASH (user_id);

-- category: partition
CREATE TABLE sessions_p0 PARTITION OF sessions FOR VALUES WITH (MODULUS 4, REMAINDER 0);

-- category: partition
CREATE TABLE metrics_2025 PARTITION OF metrics
    FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')
    PARTITION BY RANGE (recorded_at);

-- category: partition
CREATE TABLE events_2025_03 (LIKE events INCLUDING DEFAULTS INCLUDING CONSTRAINTS);

-- category: not-valid
ALTER TABLE events_2025_03
    ADD CONSTRAINT events_2025_03_bounds
    CHECK (created_at >= '2025-03-01' AND created_at < '2025-04-01') NOT VALID;

-- category: attach-partition
ALTER TABLE events ATTACH PARTITION events_2025_03
    FOR VALUES FROM ('2025-03-01') TO ('2025-04-01');

-- category: attach-partition
ALTER TABLE audit_log ATTACH PARTITION audit_log_other DEFAULT;

-- category: detach-partition
ALTER TABLE events DETACH PARTITION events_2024_01 CONCURRENTLY;

-- category: detach-partition
ALTER TABLE events DETACH PARTITION events_2024_01 FINALIZE;

-- category: detach-partition
ALTER TABLE IF EXISTS audit_log DETACH PARTITION audit_log_big_tenants;

-- category: drop-table
DROP TABLE IF EXISTS events_2024_01;
