-- case: the down puts the type and the column back (the values are gone)
-- expect: clean
-- tool: golang-migrate
SET lock_timeout = '2s';
CREATE TYPE plan_tier AS ENUM ('free', 'pro', 'enterprise');
ALTER TABLE organizations ADD COLUMN plan plan_tier;
