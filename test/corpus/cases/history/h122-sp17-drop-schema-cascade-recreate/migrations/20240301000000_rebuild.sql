-- case: reporting dropped with CASCADE and rebuilt: daily is a new table
-- tool: plain
-- expect: drop-table@5, require-lock-timeout@5

DROP SCHEMA reporting CASCADE;
CREATE SCHEMA reporting;
SET search_path TO reporting;
CREATE TABLE daily (day date PRIMARY KEY, n bigint);
CREATE INDEX daily_n_idx ON daily (n);
