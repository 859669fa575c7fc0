-- case: PG 10: DEFAULT now() rewrites, DEFAULT NULL and no default do not
-- expect: add-column-rewrite@8
-- tool: golang-migrate
-- pg-version: 10
SET lock_timeout = '2s';
ALTER TABLE customers ADD COLUMN last_seen_at timestamptz;
ALTER TABLE customers ADD COLUMN referrer text DEFAULT NULL;
ALTER TABLE customers ADD COLUMN signed_up_at timestamptz DEFAULT now();
