-- case: a plain SQL file (no formatted-SQL header) the master changelog includes is a Liquibase migration, run
-- case: after the files listed before it: orders exists, so a volatile default rewrites it
-- expect: require-lock-timeout@5, add-column-rewrite@5
-- tool: liquibase
ALTER TABLE orders ADD COLUMN created_at timestamptz NOT NULL DEFAULT clock_timestamp();
