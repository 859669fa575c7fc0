-- case: SET LOCAL search_path ends at COMMIT; the index after it is on public.events
-- tool: plain
-- expect: require-lock-timeout@10, require-concurrent-index@10

BEGIN;
SET LOCAL search_path TO tenant_a;
CREATE TABLE events (id bigint PRIMARY KEY, kind text, created_at timestamptz);
CREATE INDEX events_created_at_idx ON events (created_at);
COMMIT;
CREATE INDEX events_kind_idx ON events (kind);
