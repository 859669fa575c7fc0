-- case: down renames it back: undoing the up is not flagged
-- expect: clean
-- tool: golang-migrate

SET lock_timeout = '2s';
ALTER TABLE accounts RENAME COLUMN display_name TO name;
