-- case: dropping an unused view is not DROP TABLE
-- expect: clean

SET lock_timeout = '2s';
DROP VIEW IF EXISTS active_users_v1;
DROP MATERIALIZED VIEW IF EXISTS weekly_signups_v1;
