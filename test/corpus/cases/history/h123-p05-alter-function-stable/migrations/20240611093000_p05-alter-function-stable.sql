-- case: ALTER FUNCTION ... STABLE before using it as a default: evaluated once, no rewrite
-- expect: clean
-- tool: plain

SET lock_timeout = '2s';
ALTER FUNCTION make_ref() STABLE;
ALTER TABLE users ADD COLUMN ref text DEFAULT make_ref();
