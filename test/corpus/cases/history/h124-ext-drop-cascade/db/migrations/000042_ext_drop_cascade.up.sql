-- case: DROP EXTENSION citext CASCADE drops legacy_events.source (added in migration 2), as DROP COLUMN would
-- expect: drop-column@6
-- tool: golang-migrate

SET lock_timeout = '2s';
DROP EXTENSION IF EXISTS citext CASCADE;
