-- case: ADD COLUMN whose default calls an IMMUTABLE function from the history: no rewrite on PG >= 11
-- expect: clean
-- tool: plain

SET lock_timeout = '2s';
ALTER TABLE users ADD COLUMN locale text DEFAULT default_locale();
