-- case: a baseline from pg_dump --schema-only, which writes every materialized view WITH NO DATA, populated or not: the view is read, so a plain REFRESH blocks its readers
-- expect: require-concurrent-refresh@5, require-lock-timeout@5
-- tool: flyway

REFRESH MATERIALIZED VIEW account_revenue;
