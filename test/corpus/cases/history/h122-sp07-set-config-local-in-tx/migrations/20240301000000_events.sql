-- case: set_config(..., true) is transaction-local
-- tool: plain
-- expect: require-lock-timeout@10, require-concurrent-index@10

BEGIN;
SELECT set_config('search_path', 'tenant_a', true);
CREATE TABLE events (id bigint PRIMARY KEY, kind text, created_at timestamptz);
CREATE INDEX events_created_at_idx ON events (created_at);
COMMIT;
CREATE INDEX events_kind_idx ON events (kind);
