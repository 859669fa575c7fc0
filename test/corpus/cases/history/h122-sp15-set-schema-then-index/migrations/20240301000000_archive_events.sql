-- case: the old events table moves to archive; a new public.events takes its name; the index on the new one is fine, the one on archive.events is not
-- tool: plain
-- expect: require-lock-timeout@5, require-concurrent-index@8

ALTER TABLE events SET SCHEMA archive;
CREATE TABLE events (id bigint PRIMARY KEY, kind text, created_at timestamptz);
CREATE INDEX events_kind_idx ON events (kind);
CREATE INDEX archive_events_created_at_idx ON archive.events (created_at);
