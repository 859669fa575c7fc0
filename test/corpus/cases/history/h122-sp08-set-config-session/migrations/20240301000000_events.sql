-- case: set_config(..., false) lasts the session: both indexes are on the new tenant_a.events
-- tool: plain
-- expect: clean

SELECT set_config('search_path', 'tenant_a, public', false);
CREATE TABLE events (id bigint PRIMARY KEY, kind text, created_at timestamptz);
CREATE INDEX events_created_at_idx ON events (created_at);
CREATE INDEX events_kind_idx ON events (kind);
