-- case: ADD COLUMN whose default calls a plpgsql function from the history declared without volatility (VOLATILE)
-- expect: add-column-rewrite@6
-- tool: plain

SET lock_timeout = '2s';
ALTER TABLE users ADD COLUMN ref text DEFAULT make_ref();
