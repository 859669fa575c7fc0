-- case: REFRESH through the path of a pre-existing matview
-- tool: plain
-- expect: require-lock-timeout@6, require-concurrent-refresh@6

SET search_path TO reporting, public;
REFRESH MATERIALIZED VIEW sales_totals;
