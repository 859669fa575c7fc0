-- case: safe counterpart: one bounded batch with a WHERE, no DDL in the file
-- expect: clean
-- tool: plain

UPDATE jobs SET run_at = now() WHERE run_at IS NULL AND id BETWEEN 1 AND 10000;
