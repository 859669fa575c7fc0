-- case: Diesel with metadata.toml "run_in_transaction=false" (no spaces around =) beside a one-statement
-- case: up.sql: DROP INDEX CONCURRENTLY runs outside any transaction and takes no lock that blocks queries.
-- expect: clean
-- tool: diesel

DROP INDEX CONCURRENTLY IF EXISTS members_handle_lower_idx;
