-- case: the down drops what the up created by CREATE TABLE AS, a materialized view, a partition and SELECT INTO
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
DROP TABLE accounts_snapshot;
DROP TABLE events_2024;
DROP MATERIALIZED VIEW project_titles;
DROP TABLE project_stats;
