-- case: a table renamed behind a compatibility view under its old name (not flagged)
-- expect: clean
-- tool: golang-migrate
SET lock_timeout = '2s';
ALTER TABLE users RENAME TO members;
CREATE VIEW users AS SELECT * FROM members;
