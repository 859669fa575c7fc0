-- case: a NOT NULL column with no default on a table that already has rows: PostgreSQL 15 rejects it ("contains
-- case: null values"), and the version still running inserts rows without it.
-- expect: add-required-column@6, require-lock-timeout@6
-- tool: sqlx

ALTER TABLE operators ADD COLUMN pepper TEXT NOT NULL;
