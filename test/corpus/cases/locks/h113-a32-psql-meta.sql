-- case: a psql script with meta-commands between statements
-- expect: require-lock-timeout@7, require-concurrent-refresh@7

\set ON_ERROR_STOP on
\timing on
SET client_min_messages = warning;
REFRESH MATERIALIZED VIEW
    analytics."DailyRevenue";
\echo 'done'
