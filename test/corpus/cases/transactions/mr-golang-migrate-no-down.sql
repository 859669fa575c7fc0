-- case: golang-migrate up file without its .down.sql
-- expect: missing-rollback@*
-- tool: golang-migrate
-- down: none

CREATE TABLE feature_flags (
  key text PRIMARY KEY,
  enabled boolean NOT NULL DEFAULT false,
  updated_at timestamptz NOT NULL DEFAULT now()
);
