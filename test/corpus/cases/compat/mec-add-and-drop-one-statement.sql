-- case: one ALTER TABLE that adds a column and drops another
-- expect: mixed-expand-contract@5, drop-column@5

SET lock_timeout = '2s';
ALTER TABLE users ADD COLUMN display_name text, DROP COLUMN nickname;
