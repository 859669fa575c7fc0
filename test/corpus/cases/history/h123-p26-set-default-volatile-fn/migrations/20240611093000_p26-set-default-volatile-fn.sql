-- case: SET DEFAULT with a volatile function does not rewrite (only new rows get it)
-- expect: require-lock-timeout@5
-- tool: plain

ALTER TABLE users ALTER COLUMN name SET DEFAULT make_ref();
