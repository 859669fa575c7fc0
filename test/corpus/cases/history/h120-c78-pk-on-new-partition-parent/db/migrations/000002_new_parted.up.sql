-- case: a new partitioned table with partitions and indexes in one file: nothing busy
-- expect: clean
-- tool: golang-migrate
CREATE TABLE audit_log (
  id bigint GENERATED ALWAYS AS IDENTITY,
  logged_at timestamptz NOT NULL,
  actor text,
  PRIMARY KEY (id, logged_at)
) PARTITION BY RANGE (logged_at);
CREATE TABLE audit_log_2025 PARTITION OF audit_log FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
CREATE TABLE audit_log_default PARTITION OF audit_log DEFAULT;
CREATE INDEX audit_log_actor_idx ON audit_log (actor);
CREATE TABLE audit_log_2026 (LIKE audit_log INCLUDING ALL);
ALTER TABLE audit_log ATTACH PARTITION audit_log_2026 FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
