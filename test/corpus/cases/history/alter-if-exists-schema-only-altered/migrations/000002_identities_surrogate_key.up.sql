-- case: ALTER TABLE IF EXISTS of a table in a schema the history only altered: the table may well exist, so the rewrite and the index build are reported
-- tool: golang-migrate
-- expect: require-lock-timeout@4, add-column-rewrite@5, unique-without-index@5
ALTER TABLE IF EXISTS auth.identities DROP CONSTRAINT IF EXISTS identities_pkey;
ALTER TABLE IF EXISTS auth.identities ADD COLUMN IF NOT EXISTS id uuid DEFAULT gen_random_uuid() PRIMARY KEY;
