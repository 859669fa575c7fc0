-- case: CREATE TABLE IF NOT EXISTS of a table the history already has: a no-op
-- expect: clean
-- tool: golang-migrate

CREATE TABLE IF NOT EXISTS sessions (id uuid PRIMARY KEY, user_id bigint NOT NULL, expires_at timestamptz NOT NULL);
